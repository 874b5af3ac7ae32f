/**
 * `npm run demo`: the short tour on the embedded Kalimantan Timur data.
 *
 * 1–3 are the CLI's own `demo` command (both rankings, where they cross, a 10,000-quota allocation by
 * three methods side by side); 4 is a small simulation of the three approaches on a synthetic
 * population calibrated to the published 2024 P0 of every regency (clearly synthetic: no real people).
 * Pass `--lang en` for English.
 */
import { main } from "../src/cli/main.js";
import { kaltimStrategiesDemo } from "./kaltim-strategies.js";

const lang = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en" ? "en" : "id";
const code = await main(["demo", "--lang", lang]);
if (code !== 0) process.exit(code);

console.log(
  lang === "en"
    ? "\n━━ 4. A small simulation: expenditure only, income only, and the three approaches combined ━━"
    : "\n━━ 4. Simulasi kecil: hanya pengeluaran, hanya pendapatan, dan gabungan tiga pendekatan ━━",
);
for (const line of kaltimStrategiesDemo({ scale: 0.01, lang }).lines) console.log(line);
