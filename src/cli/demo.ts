import { apportion } from "../allocate/apportion.js";
import { kaltim } from "../region/kaltim.js";
import { rankRegions } from "../priority/rankRegions.js";
import { rankingCrossovers } from "../priority/crossovers.js";
import { emit, type CommandContext } from "./context.js";
import { figures, regionWeights } from "./commands/regions.js";
import type { Table } from "./output.js";

function section(context: CommandContext, title: string): void {
  if (context.format === "table") context.out(`\n━━ ${title} ━━`);
}

/**
 * `demo` (and `npm run demo`): a short tour on the embedded Kalimantan Timur 2024 data — both
 * rankings, where they cross, a 10,000-quota allocation by three methods side by side, and a small
 * simulation.
 * @internal
 */
export async function demoCommand(context: CommandContext): Promise<number> {
  const en = context.lang === "en";
  const stats = kaltim.regencies2024;
  const byCode = new Map(stats.map((s) => [s.code as string, s]));
  const data: Record<string, unknown> = {};

  section(context, en ? "1. Who comes first? By count and by rate" : "1. Siapa didahulukan? Menurut jumlah dan persentase");
  const count = rankRegions(stats, "count");
  const rate = rankRegions(stats, "rate");
  const table: Table = {
    columns: ["#", en ? "by count of poor" : "menurut jumlah miskin", en ? "poor" : "miskin", en ? "by rate (P0)" : "menurut persentase (P0)", "P0 %"],
    right: [0, 2, 4],
    rows: count.regions.map((r, i) => {
      const other = rate.regions[i]!;
      return [r.rank, r.name, figures(byCode.get(r.code)!, context.lang).poor, other.name, figures(byCode.get(other.code)!, context.lang).p0];
    }),
  };
  emit(context, [table], null);
  data.rankings = { count, rate };

  section(context, en ? "2. Where the order flips: blend (1 − α)·count share + α·rate share" : "2. Titik silang: campuran (1 − α)·pangsa jumlah + α·pangsa persentase");
  const sensitivity = rankingCrossovers(stats, "count", "rate");
  const mahulu = sensitivity.crossovers.filter((c) => c.aheadAfter.code === "64.11");
  emit(
    context,
    [
      {
        columns: ["α", en ? "Mahakam Ulu overtakes" : "Mahakam Ulu menyalip", en ? "exact α" : "α eksak"],
        right: [0],
        rows: mahulu.map((c) => [c.alpha.toFixed(4), c.aheadBefore.name, c.exactAlpha]),
      },
    ],
    null,
  );
  if (context.format === "table") {
    context.out(
      en
        ? `${sensitivity.crossovers.length} swaps in all; Mahakam Ulu passes Kutai Kartanegara only above α = ${mahulu.find((c) => c.aheadBefore.code === "64.02")?.alpha.toFixed(3)}.`
        : `${sensitivity.crossovers.length} pertukaran; Mahakam Ulu melewati Kutai Kartanegara hanya di atas α = ${mahulu.find((c) => c.aheadBefore.code === "64.02")?.alpha.toFixed(3)}.`,
    );
  }
  data.crossovers = sensitivity;

  section(context, en ? "3. 10,000 PKH quotas, 50/50 count/rate blend, every regency ≥ 100" : "3. 10.000 kuota PKH, campuran 50/50 jumlah/persentase, tiap wilayah ≥ 100");
  const blend = { blend: [{ measure: "count" as const, weight: 50 }, { measure: "rate" as const, weight: 50 }] };
  const { regions, weights } = regionWeights(stats, blend, {});
  const methods = ["hamilton", "webster", "jefferson"] as const;
  const results = methods.map((method) => apportion({ method, seats: 10_000, weights, min: 100 }));
  emit(
    context,
    [
      {
        columns: [en ? "regency" : "kab/kota", "Hamilton", "Webster", "Jefferson (D'Hondt)"],
        right: [1, 2, 3],
        rows: [...regions.map((r, i) => [r.name, ...results.map((res) => res.seats[i]!)]), ["Σ", ...results.map((res) => res.seats.reduce((a, b) => a + b, 0))]],
      },
    ],
    null,
  );
  data.allocation = { methods, regions: regions.map((r) => r.code), results };

  if (context.format === "json") context.out(JSON.stringify(data, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2));
  return 0;
}
