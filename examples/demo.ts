/**
 * `npm run demo`: a short tour of tepat-sasaran on the embedded Kalimantan Timur data.
 * Each section is a function so the tour grows with the library.
 */
import {
  allocateRupiah,
  formatRupiah,
  lookupValue,
  rupiah,
  tahapOfYear,
  type DatedParameter,
} from "../src/index.js";

function heading(title: string): void {
  console.log(`\n=== ${title} ===`);
}

function moneyAndParameters(): void {
  heading("Exact Rupiah and dated parameters");
  const budget = rupiah("50000000000");
  const parts = allocateRupiah(budget, ["0.6", "0.4"], { unit: 1000 });
  console.log(`Rp 50 billion split 60/40 in whole thousands: ${parts.map((p) => formatRupiah(p)).join(" + ")}`);
  const thirds = allocateRupiah(100, [1, 1, 1]);
  console.log(`Rp 100 in three equal parts: ${thirds.map((p) => formatRupiah(p)).join(" + ")} (largest remainder, earlier first)`);

  const sembako = {
    id: "demo.sembako_per_month",
    description: "Program Sembako benefit per family per month",
    unit: "IDR/month",
    values: [
      { from: "2017-01-01", to: "2019-12-31", value: "150000", source: "ISSA iskm.issa.int/node/12350 [M]" },
      { from: "2020-01-01", value: "200000", source: "ISSA iskm.issa.int/node/12350 [M]" },
    ],
  } as const satisfies DatedParameter<string>;
  for (const asOf of ["2019-12-31", "2020-01-01"]) {
    const found = lookupValue(sembako, asOf);
    console.log(`Sembako on ${asOf}: ${found ? formatRupiah(rupiah(found.value)) : "none"} (from ${found?.from}, ${found?.source})`);
  }
  console.log(`PKH tahap 2025: ${tahapOfYear(2025).map((t) => `${t.roman} ${t.start}…${t.end}`).join(", ")}`);
}

moneyAndParameters();
