import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { root } from "./_paths.js";

// The installed tarball, used from plain JavaScript as a Node app would: ESM and CommonJS, both
// entries, and the command-line tool. Then publint and attw read the same tarball.
const { tarball, app } = inject("pkg");
const node = (file: string) => execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" });
const bin = (name: string) => join(root, "node_modules", ".bin", name);

const check = `
  const amount = lib.allocateRupiah("100", [1, 1, 1]).map(String).join(",");
  if (amount !== "34,33,33") throw new Error("allocateRupiah gave " + amount);
  if (lib.formatRupiah(lib.rupiah("1234567")) !== "Rp1.234.567") throw new Error("formatRupiah");
  if (lib.ageOn("2008-02-29", "2026-03-01") !== 18) throw new Error("ageOn");
`;
// The Node subpath reads a household file; its errors are the core's class (one shared copy).
const nodeCheck = `
  let accepted = 0, rejected = 0;
  for await (const event of io.readHouseholdsJsonl("households.jsonl")) event.kind === "household" ? accepted++ : rejected++;
  if (accepted !== 1 || rejected !== 1) throw new Error("readHouseholdsJsonl gave " + accepted + "/" + rejected);
  try { lib.rupiah("x"); } catch (e) { if (!(e instanceof lib.TepatSasaranError)) throw new Error("two copies of the core"); }
`;
const household = { id: "h1", regency: "64.02", members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] };
writeFileSync(join(app, "households.jsonl"), `${JSON.stringify(household)}\n{"id":\n`);
writeFileSync(join(app, "esm.mjs"), `import * as lib from "tepat-sasaran";\nimport * as io from "tepat-sasaran/node";\n${check}\n${nodeCheck}\nconsole.log("esm ok");\n`);
writeFileSync(
  join(app, "cjs.cjs"),
  `const lib = require("tepat-sasaran");\nconst io = require("tepat-sasaran/node");\n${check}\n(async () => {\n${nodeCheck}\nconsole.log("cjs ok");\n})().catch((e) => { console.error(e); process.exit(1); });\n`,
);

describe("the installed tarball at run time", () => {
  it("works from an ESM file, both entries sharing one core", () => {
    expect(node("esm.mjs")).toBe("esm ok\n");
  });

  it("works from a CommonJS file, both entries sharing one core", () => {
    expect(node("cjs.cjs")).toBe("cjs ok\n");
  });

  it("runs the command-line tool as installed", () => {
    const out = execFileSync(process.execPath, ["node_modules/tepat-sasaran/dist/cli.js", "rank", "--by", "rate", "--json"], { cwd: app, encoding: "utf8" });
    expect(JSON.parse(out).ranking.regions[0].name).toBe("Mahakam Ulu");
  });
});

describe("the tarball's shape", () => {
  it("passes publint, warnings counted as errors", () => {
    expect(execFileSync(bin("publint"), ["run", tarball, "--strict"], { cwd: root, encoding: "utf8" })).toContain("All good");
  });

  it("resolves its types under every module resolution (attw, strict profile)", () => {
    execFileSync(bin("attw"), [tarball, "--profile", "strict", "--format", "table-flipped"], { cwd: root, encoding: "utf8" });
  });

  it("has a README whose links work on the registry's page (absolute addresses or anchors)", () => {
    const readme = readFileSync(join(app, "node_modules", "tepat-sasaran", "README.md"), "utf8");
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target ?? ""))).toEqual([]);
    expect(readme).toContain("npm install tepat-sasaran");
  });

  it("publishes without a warning from npm (dry run; the login it asks for aside)", () => {
    // dist/ is the one just built and packed: the prepack build is not run again.
    const result = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    const warnings = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /npm (warn|error)/i.test(line) && !/logged in/.test(line));
    expect(result.status).toBe(0);
    expect(warnings).toEqual([]);
    expect(result.stderr).toContain("dist/cli.js");
  });

  it("ships no source maps, no sources and no tests", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    expect(files.filter((file) => /\.map$|\/src\/|\/test\//.test(file))).toEqual([]);
    expect(files).toContain("package/dist/esm/index.js");
    expect(files).toContain("package/dist/index.cjs");
  });
});
