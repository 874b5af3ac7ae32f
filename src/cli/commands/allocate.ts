import { apportion } from "../../allocate/apportion.js";
import { allocateBudget } from "../../allocate/allocateBudget.js";
import type { ApportionmentMethod } from "../../allocate/types.js";
import { METHODS, methodNamed } from "../../allocate/_methodName.js";
import { cliAmountError, cliError, emit, notWith, option, say, sayAmounts, type CommandContext } from "../context.js";
import { isLibraryError } from "../../message/error.js";
import type { Rupiah } from "../../money/rupiah.js";
import { countOption, wholeAmountOption } from "../amounts.js";
import { criterionLabel, parseCriterion, rankOptions } from "../criterion.js";
import { label } from "../labels.js";
import type { Cell, Column } from "../output.js";
import { shownNumbers } from "../numbers.js";
import { loadStats, regionWeights } from "./regions.js";

/**
 * `--method a,b,…`: each a method or one of its other names, in any case (the help gives "jefferson
 * (= D'Hondt), webster (= Sainte-Laguë)", and an officer who knows them from seat allocation types
 * them), as method ids, each once, in the order given.
 */
function methodsOption(text: string): ApportionmentMethod[] {
  const methods: ApportionmentMethod[] = [];
  for (const given of text.split(",").map((m) => m.trim())) {
    const method = methodNamed(given);
    if (method === undefined) throw cliError(2, "cli.bad_value", { option: "method", value: given, expected: `${METHODS.join(", ")} (dhondt = jefferson, sainte-lague = webster)` });
    if (!methods.includes(method)) methods.push(method);
  }
  return methods;
}

/**
 * `allocate`: a quota (`--quota`, with `--method`, `--min`/`--max` in places) or a budget
 * (`--budget`, with `--unit`, `--min`/`--max` in rupiah) over regions weighted by a ranking
 * criterion. An option of the other mode is an error.
 * @internal
 */
export async function allocateCommand(context: CommandContext): Promise<void> {
  const lang = context.lang;
  const criterion = parseCriterion(context, option(context, "by"), option(context, "weights"));
  const options = rankOptions(context, "error");
  const quotaMode = option(context, "quota") !== undefined;
  // Both given: the budget does not apply to a quota, as --unit does not (never "is required").
  if (quotaMode) notWith(context, "budget", " (--quota)");
  else if (option(context, "budget") === undefined) throw cliError(2, "cli.missing_option", { option: "quota | --budget" });
  const total = label("word.total", lang);
  const totalRow = context.format === "table";
  const region = (r: { code: string; name: string }): Cell[] => [r.code, r.name];
  const lead: Column[] = [
    { key: "code", label: label("col.code", lang) },
    { key: "region", label: label("col.region", lang) },
  ];

  if (quotaMode) {
    notWith(context, "unit", " (--quota)");
    const quota = countOption(context, "quota", 1)!;
    const min = countOption(context, "min");
    const max = countOption(context, "max");
    // Options that cannot go together are a usage error, said before the data is read.
    if (min !== undefined && max !== undefined && min > max) {
      throw cliError(2, "cli.allocate_min_above_max", { min: { id: shownNumbers("id").int(min), en: shownNumbers("en").int(min) }, max: { id: shownNumbers("id").int(max), en: shownNumbers("en").int(max) } });
    }
    const methods = methodsOption(option(context, "method") ?? "webster");
    const { regions, weights, ranking } = regionWeights(loadStats(context), criterion, options);
    for (const r of ranking.excluded) context.err(`! ${r.code} ${r.name}: ${r.reason[lang]}`);
    const results = (() => {
      try {
        return methods.map((method) =>
          apportion({ method: method as ApportionmentMethod, seats: quota, weights, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }),
        );
      } catch (error) {
        throw quotaInfeasible(error, quota, min, max, regions.length) ?? error;
      }
    })();
    await emit(
      context,
      [
        {
          name: "allocation",
          title: say(context, "cli.heading.allocation_quota", { quota: shownNumbers(lang).int(quota), method: methods.join(" / "), criterion: criterionLabel(criterion, lang) }),
          columns: [...lead, ...methods.map((m): Column => ({ key: m, label: m, kind: "int" }))],
          rows: [
            ...regions.map((r, i) => [...region(r), ...results.map((res) => res.seats[i])]),
            ...(totalRow ? [["", total, ...results.map((res) => res.seats.reduce((a, b) => a + b, 0n))]] : []),
          ],
        },
      ],
      { criterion, regions: regions.map((r) => r.code), methods, results },
    );
    return;
  }
  notWith(context, "method", " (--budget)");
  const budget = wholeAmountOption(context, "budget")!;
  const unit = wholeAmountOption(context, "unit");
  const min = wholeAmountOption(context, "min");
  const max = wholeAmountOption(context, "max");
  if (min !== undefined && max !== undefined && min.compare(max) > 0) throw cliAmountError(2, "cli.allocate_min_above_max", {}, { min, max });
  // Each amount a whole number of units, checked here with the multiple to write instead (the
  // library said "min[0] (Rp1.500.000) …", after reading the data).
  const step = BigInt((unit ?? 1).toString());
  for (const [name, amount] of [["budget", budget], ["min", min], ["max", max]] as const) {
    const units = amount === undefined ? 0n : BigInt(amount.toString()) / step;
    if (amount !== undefined && !amount.equals(units * step)) {
      // Less than one unit: no multiple of the unit is near it (the next one is more than it).
      if (units === 0n) throw cliAmountError(2, "cli.allocate_below_unit", { option: name }, { amount, unit: step });
      throw cliAmountError(2, "cli.allocate_not_unit_multiple", { option: name }, { amount, unit: step, near: units * step });
    }
  }
  const { regions, weights, ranking } = regionWeights(loadStats(context), criterion, options);
  for (const r of ranking.excluded) context.err(`! ${r.code} ${r.name}: ${r.reason[lang]}`);
  let result: ReturnType<typeof allocateBudget>;
  try {
    result = allocateBudget(budget, weights, {
      ...(unit !== undefined ? { unit } : {}),
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    });
  } catch (error) {
    throw infeasible(error, budget, min, max, regions.length) ?? error;
  }
  await emit(
    context,
    [
      {
        name: "allocation",
        title: sayAmounts(lang, "cli.heading.allocation_budget", { criterion: criterionLabel(criterion, lang) }, { budget, unit: unit ?? 1 }).text,
        columns: [...lead, { key: "amount", label: label("col.amount", lang), kind: "rp" }],
        rows: [...regions.map((r, i) => [...region(r), result.amounts[i]]), ...(totalRow ? [["", total, budget]] : [])],
      },
    ],
    { criterion, regions: regions.map((r) => r.code), method: "largest-remainder", result },
  );
  if (context.format === "table") await context.out.line(`\n${result.note[lang]}`);
}

/**
 * Floors (`--min`) or caps (`--max`) in places that cannot meet the quota, in the CLI's words: the
 * options by name, their sum over the regions, and what to change (the library speaks of seats).
 */
function quotaInfeasible(error: unknown, quota: bigint, min: bigint | undefined, max: bigint | undefined, count: number): Error | undefined {
  const code = isLibraryError(error) ? error.code : undefined;
  const both = (n: bigint) => ({ id: shownNumbers("id").int(n), en: shownNumbers("en").int(n) });
  if (code === "allocate.min_exceeds_seats" && min !== undefined) return cliError(1, "cli.allocate_quota_floors_exceed", { count, min: both(min), sum: both(min * BigInt(count)), quota: both(quota) });
  if (code === "allocate.max_below_seats" && max !== undefined) return cliError(1, "cli.allocate_quota_caps_short", { count, max: both(max), sum: both(max * BigInt(count)), quota: both(quota) });
  return undefined;
}

/**
 * Floors (`--min`) or caps (`--max`) that cannot meet the budget, in the CLI's words, with their sum:
 * the library's own message masks an amount of 16 digits or more as a NIK (ten floors of Rp400
 * triliun), so the CLI says it with the amounts it read from its options, kept unmasked.
 */
function infeasible(error: unknown, budget: Rupiah, min: Rupiah | undefined, max: Rupiah | undefined, count: number): Error | undefined {
  const code = isLibraryError(error) ? error.code : undefined;
  if (code === "allocate.budget_min_exceeds_total" && min !== undefined) return cliAmountError(1, "cli.allocate_floors_exceed", { count }, { min, sum: min.times(count), budget });
  if (code === "allocate.budget_max_below_total" && max !== undefined) return cliAmountError(1, "cli.allocate_caps_short", { count }, { max, sum: max.times(count), budget });
  return undefined;
}
