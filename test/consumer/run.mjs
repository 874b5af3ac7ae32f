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
  for (const dep of ["zod", "date-fns", "decimal.js"]) {
    cpSync(join(root, "node_modules", dep), join(app, "node_modules", dep), { recursive: true, dereference: true });
  }
  const check = `
    const amount = lib.allocateRupiah("100", [1, 1, 1]).map(String).join(",");
    if (amount !== "34,33,33") throw new Error("allocateRupiah gave " + amount);
    if (lib.formatRupiah(lib.rupiah("1234567")) !== "Rp1.234.567") throw new Error("formatRupiah");
    if (lib.ageOn("2008-02-29", "2026-03-01") !== 18) throw new Error("ageOn");
  `;
  writeFileSync(join(app, "esm.mjs"), `import * as lib from "tepat-sasaran";\n${check}\nconsole.log("esm ok");\n`);
  writeFileSync(join(app, "cjs.cjs"), `const lib = require("tepat-sasaran");\n${check}\nconsole.log("cjs ok");\n`);
  for (const file of ["esm.mjs", "cjs.cjs"]) {
    process.stdout.write(execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" }));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
