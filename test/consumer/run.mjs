// Consumer check: pack the package as npm would publish it, install the tarball into a scratch
// project, and import it from an ESM file and a CJS file. Proves the published shape works.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "tepat-sasaran-consumer-"));
try {
  const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", scratch], { cwd: root, encoding: "utf8" })
    .trim()
    .split("\n")
    .pop();
  const tarball = join(scratch, packed);
  const app = join(scratch, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }));
  // Install the tarball with its runtime dependencies taken from this checkout (no network needed).
  mkdirSync(join(app, "node_modules"), { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", app]);
  cpSync(join(app, "package"), join(app, "node_modules", "tepat-sasaran"), { recursive: true });
  for (const dep of ["zod", "date-fns", "decimal.js", "csv-parse"]) {
    cpSync(join(root, "node_modules", dep), join(app, "node_modules", dep), { recursive: true, dereference: true });
  }
  const check = `
    const amount = lib.allocateRupiah("100", [1, 1, 1]).map(String).join(",");
    if (amount !== "34,33,33") throw new Error("allocateRupiah gave " + amount);
    if (lib.formatRupiah(lib.rupiah("1234567")) !== "Rp1.234.567") throw new Error("formatRupiah");
    if (lib.ageOn("2008-02-29", "2026-03-01") !== 18) throw new Error("ageOn");
  `;
  // The Node subpath reads a household file; its errors are the core's class (one shared copy).
  const household = { id: "h1", regency: "64.02", members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] };
  writeFileSync(join(app, "households.jsonl"), `${JSON.stringify(household)}\n{"id":\n`);
  const nodeCheck = `
    let accepted = 0, rejected = 0;
    for await (const event of io.readHouseholdsJsonl("households.jsonl")) event.kind === "household" ? accepted++ : rejected++;
    if (accepted !== 1 || rejected !== 1) throw new Error("readHouseholdsJsonl gave " + accepted + "/" + rejected);
    try { lib.rupiah("x"); } catch (e) { if (!(e instanceof lib.TepatSasaranError)) throw new Error("two copies of the core"); }
  `;
  writeFileSync(join(app, "esm.mjs"), `import * as lib from "tepat-sasaran";\nimport * as io from "tepat-sasaran/node";\n${check}\n${nodeCheck}\nconsole.log("esm ok");\n`);
  writeFileSync(join(app, "cjs.cjs"), `const lib = require("tepat-sasaran");\nconst io = require("tepat-sasaran/node");\n${check}\n(async () => {\n${nodeCheck}\nconsole.log("cjs ok");\n})().catch((e) => { console.error(e); process.exit(1); });\n`);
  for (const file of ["esm.mjs", "cjs.cjs"]) {
    process.stdout.write(execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" }));
  }
  // The command-line tool as installed.
  const ranked = JSON.parse(execFileSync(process.execPath, ["node_modules/tepat-sasaran/dist/cli.js", "rank", "--by", "rate", "--json"], { cwd: app, encoding: "utf8" }));
  if (ranked.ranking.regions[0].name !== "Mahakam Ulu") throw new Error("cli rank");
  console.log("cli ok");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
