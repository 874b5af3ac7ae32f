import { apportion } from "../../allocate/apportion.js";
import { allocateBudget } from "../../allocate/allocateBudget.js";
import type { ApportionmentMethod } from "../../allocate/types.js";
import { formatRupiah } from "../../money/format.js";
import { cliError, emit, option, say, type CommandContext } from "../context.js";
import { criterionLabel, parseCriterion } from "../criterion.js";
import { loadStats, rankOptions, regionWeights } from "./regions.js";

const METHODS: readonly ApportionmentMethod[] = ["hamilton", "jefferson", "webster", "huntington-hill", "adams"];

function wholeNumber(context: CommandContext, name: string): bigint | undefined {
  const text = option(context, name);
  if (text === undefined) return undefined;
  const cleaned = text.replace(/[._\s]/g, "");
  if (!/^\d+$/.test(cleaned)) throw cliError(2, "cli.bad_value", { option: name, value: text, expected: "a whole number ≥ 0" });
  return BigInt(cleaned);
}

/** `allocate`: a quota (`--quota`) or a budget (`--budget`) over regions weighted by a ranking criterion. @internal */
export function allocateCommand(context: CommandContext): void {
  const stats = loadStats(context);
  const criterion = parseCriterion(option(context, "by"), option(context, "weights"));
  const { regions, weights } = regionWeights(stats, criterion, rankOptions(context));
  const quota = wholeNumber(context, "quota");
  const budget = wholeNumber(context, "budget");
  const min = wholeNumber(context, "min");
  const max = wholeNumber(context, "max");
  if ((quota === undefined) === (budget === undefined)) throw cliError(2, "cli.missing_option", { option: "quota | --budget" });

  if (quota !== undefined) {
    const methods = (option(context, "method") ?? "webster").split(",");
    for (const m of methods) {
      if (!(METHODS as readonly string[]).includes(m)) throw cliError(2, "cli.bad_value", { option: "method", value: m, expected: METHODS.join(", ") });
    }
    const results = methods.map((method) =>
      apportion({ method: method as ApportionmentMethod, seats: quota, weights, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }),
    );
    emit(
      context,
      [
        {
          title: say(context, "cli.heading.allocation", { what: `${quota} quota`, method: methods.join(" / ") }) + ` — ${criterionLabel(criterion)}`,
          columns: ["code", "region", ...methods],
          right: methods.map((_, i) => i + 2),
          rows: [
            ...regions.map((r, i) => [r.code, r.name, ...results.map((res) => String(res.seats[i]))]),
            ["", "Σ", ...results.map((res) => String(res.seats.reduce((a, b) => a + b, 0n)))],
          ],
        },
      ],
      { criterion, regions: regions.map((r) => r.code), results },
    );
    return;
  }
  const unit = option(context, "unit") ?? "1";
  const result = allocateBudget(budget as bigint, weights, {
    unit,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  });
  emit(
    context,
    [
      {
        title: say(context, "cli.heading.allocation", { what: formatRupiah(budget as bigint), method: `largest remainder, unit ${unit}` }) + ` — ${criterionLabel(criterion)}`,
        columns: ["code", "region", "amount"],
        right: [2],
        rows: [...regions.map((r, i) => [r.code, r.name, formatRupiah(result.amounts[i]!)]), ["", "Σ", formatRupiah(budget as bigint)]],
      },
    ],
    { criterion, regions: regions.map((r) => r.code), result },
  );
  if (context.format === "table") context.out(`\n${result.note[context.lang]}`);
}
