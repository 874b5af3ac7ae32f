import type { Household } from "../household/household.js";
import { redactText } from "../message/redact.js";
import { failure, guarded } from "../message/error.js";
import { renderMessage, type Text } from "../message/message.js";
import { perCapitaConsumption } from "../household/facts.js";
import { requireHouseholds } from "../household/requireHousehold.js";
import type { Rupiah } from "../money/rupiah.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";
import * as F from "../_internal/fraction.js";
import type { HouseholdScoreComponent, MissingDataPolicy } from "./_householdComponents.js";
import { renderBoth } from "./_householdRead.js";
import { prepareComponents, scoreHouseholds, type ScoredHousehold, type ScoredPart } from "./_householdScore.js";
import { householdPriorityMessages } from "./messages.js";
import { occupants } from "../household/_occupants.js";

/**
 * Options of {@link rankHouseholds}.
 * @example
 * const options: RankHouseholdsOptions = { asOf: "2025-07-01", score: [{ kind: "desil", weight: 1 }], missing: "exclude" };
 * @category Priority
 */
export interface RankHouseholdsOptions {
  /** The date ages are taken on and desil must be read by. */
  readonly asOf: IsoDate;
  /** The declared, weighted components of the score (at least one with a weight > 0). */
  readonly score: readonly HouseholdScoreComponent[];
  /** What to do with missing data, unless a component says otherwise (default `error`). */
  readonly missing?: MissingDataPolicy;
}

/**
 * One component of a household's score, as used in its explanation.
 * @example
 * ranking.households[0].components[0]
 * //=> { kind: "desil", raw: 1, normalised: 1, exactNormalised: "1", weight: 1, contribution: 1, detail: { id: "desil 1", en: "desil 1" }, … }
 * @category Priority
 */
export interface RankedHouseholdComponent {
  /** The component's kind. */
  readonly kind: HouseholdScoreComponent["kind"];
  /** What was measured, in both languages. */
  readonly label: Text;
  /** The value used before normalisation (desil, a count, the external value); `null` when there was none and an extreme was assumed. */
  readonly raw: number | null;
  /** The normalised value in [0, 1]. */
  readonly normalised: number;
  /** The normalised value as an exact fraction `p/q`. */
  readonly exactNormalised: string;
  /** The weight after dividing by the sum of weights (0–1). */
  readonly weight: number;
  /** weight × normalised. */
  readonly contribution: number;
  /** The value in words, e.g. "desil 2", "9 of 14", "1 member(s)". */
  readonly detail: Text;
  /** `lowest` or `highest` when missing data were resolved by that policy, else `null`. */
  readonly assumed: "lowest" | "highest" | null;
}

/**
 * A household's place in a ranking, with everything needed to explain it.
 * @example
 * const first = ranking.households[0];
 * first.id //=> "mahulu-01"
 * first.exactScore //=> "1"
 * @category Priority
 */
export interface RankedHousehold {
  /** The household's id. */
  readonly id: string;
  /** Position 1…n; households with equal scores get consecutive positions by the tie-break. */
  readonly rank: number;
  /** The weighted score in [0, 1] (nearest double). */
  readonly score: number;
  /** The exact score as a fraction `p/q` of the inputs. */
  readonly exactScore: string;
  /** Whether another household has exactly the same score. */
  readonly tied: boolean;
  /** The ranks sharing this exact score (`first === last` when not tied). */
  readonly tiedRanks: { readonly first: number; readonly last: number };
  /** Monthly consumption per member (rounded to Rp 0.01, see {@link perCapitaConsumption}); `null` when not recorded. */
  readonly perCapitaConsumption: Rupiah | null;
  /** The parts of the score, in declared order. */
  readonly components: readonly RankedHouseholdComponent[];
  /** One sentence in each language. */
  readonly explanation: Text;
  /** The household itself (for costs, names, follow-up). */
  readonly household: Household;
}

/**
 * The result of {@link rankHouseholds}.
 * @example
 * const ranking = rankHouseholds(households, { asOf: "2025-07-01", score: [{ kind: "desil", weight: 1 }], missing: "exclude" });
 * ranking.households.length + ranking.excluded.length === households.length //=> true
 * @category Priority
 */
export interface HouseholdRanking {
  /** The ranking date. */
  readonly asOf: IsoDate;
  /** Ranked households, first priority first. */
  readonly households: readonly RankedHousehold[];
  /** Households left out by the `exclude` policy, in input order, with every missing datum. */
  readonly excluded: readonly { readonly id: string; readonly gaps: readonly Text[]; readonly reason: Text }[];
}

interface Keyed {
  readonly scored: ScoredHousehold;
  /** Monthly consumption ÷ members, exactly; `null` when not recorded. */
  readonly consumption: F.Fraction | null;
}

/** The exact per-capita consumption of a household (a decimal amount divided by the member count). */
function consumptionPerMember(total: Rupiah | undefined, size: number): F.Fraction | null {
  if (total === undefined) return null;
  const [whole = "0", decimals = ""] = total.toString().split(".");
  return F.fraction(BigInt(whole + decimals), 10n ** BigInt(decimals.length) * BigInt(size));
}

/** Score descending, then per-capita consumption ascending (unknown last), then id ascending. */
function compareKeyed(a: Keyed, b: Keyed): number {
  const byScore = F.compare(b.scored.score, a.scored.score);
  if (byScore !== 0) return byScore;
  const ca = a.consumption;
  const cb = b.consumption;
  if (ca && cb) {
    const byConsumption = F.compare(ca, cb);
    if (byConsumption !== 0) return byConsumption;
  } else if (ca || cb) return ca ? -1 : 1;
  const ia = a.scored.household.id;
  const ib = b.scored.household.id;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

const pct = (x: F.Fraction) => (Math.round(F.toNumber(x) * 1e4) / 1e2).toString();
const fmt = (x: F.Fraction) => (Math.round(F.toNumber(x) * 1e4) / 1e4).toString();

function detailOf(part: ScoredPart): Text {
  const detail = part.side.detail();
  if (!part.assumed) return detail;
  const gap = { id: part.assumed.gaps.map((g) => g.text.id).join(", "), en: part.assumed.gaps.map((g) => g.text.en).join(", ") };
  return renderBoth(`priority.household.detail.assumed_${part.assumed.policy}`, {}, { detail, gap });
}

/**
 * Add an enumerable property computed on first read and then kept: texts are rendered only for the
 * households whose explanation is read (or serialised), which keeps ranking 100,000 households fast.
 */
function withLazy<T extends object, K extends string, V>(target: T, key: K, compute: () => V): T & { readonly [P in K]: V } {
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      // Computed after rankHouseholds returned: the same boundary as the call itself.
      const value = guarded("rankHouseholds", compute);
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  }) as T & { readonly [P in K]: V };
}

function explain(scored: ScoredHousehold, details: readonly Text[], rank: number, total: number, tie: { first: number; last: number } | null): Text {
  const sentence = (lang: "id" | "en") => {
    const terms = scored.parts
      .map((p, k) =>
        renderMessage(householdPriorityMessages["priority.household.explain_term"], {
          weight: pct(p.component.weight),
          component: p.component.label[lang],
          detail: (details[k] as Text)[lang],
          normalised: fmt(p.side.normalised),
        })[lang],
      )
      .join(" + ");
    const tieText = tie ? renderMessage(householdPriorityMessages["priority.household.explain_tie"], tie)[lang] : "";
    return renderMessage(householdPriorityMessages["priority.household.explain"], {
      id: redactText(scored.household.id),
      rank,
      total,
      tie: tieText,
      score: fmt(scored.score),
      terms,
    })[lang];
  };
  return { id: sentence("id"), en: sentence("en") };
}

/**
 * Rank households for aid by a declared priority score. Each component — desil, a deprivation count
 * (BPS 14 criteria or water/sanitation/RTLH), an external score such as Alkire–Foster cᵢ, and
 * vulnerable members on `asOf` (elderly, severe disability, young children, female head, pregnancy) —
 * is normalised to [0, 1] by a fixed, documented rule ({@link HouseholdScoreComponent}); weights
 * (≥ 0) are divided by their sum; the score is Σ weight × normalised, computed with exact rational
 * arithmetic so that equal inputs give exactly equal scores.
 *
 * Order: higher score first; equal scores by **lower per-capita consumption** first (exact
 * comparison of consumption ÷ members; households without recorded consumption after those with),
 * then by **household id** ascending (plain string order). The result does not depend on the input
 * order. Households with equal scores are flagged `tied` with the ranks they share.
 *
 * Missing data never counts as a silent zero: by default (`missing: "error"`) a gap throws
 * `priority.household_missing_data` listing every gap with its path; `exclude` leaves such households
 * out and lists them with reasons; `lowest` / `highest` resolve the gap explicitly (see
 * {@link MissingDataPolicy}). A duplicate id throws `priority.duplicate_household`.
 *
 * @param households - Parsed households (e.g. of one regency).
 * @param options - `asOf`, the `score` components and the missing-data policy.
 * @returns The ranking, first priority first, and the households excluded.
 * @example
 * const ranking = rankHouseholds(households, {
 *   asOf: "2025-07-01",
 *   score: [
 *     { kind: "desil", weight: 50 },
 *     { kind: "poverty-criteria", weight: 30 },
 *     { kind: "elderly", weight: 10 },
 *     { kind: "young-children", weight: 10 },
 *   ],
 *   missing: "exclude",
 * });
 * ranking.households[0].explanation.en
 * //=> "Household kukar-01 is ranked 1 of 12: score 0.9357 = 50% × desil (desil 1 → 1) + 30% × BPS 14 poverty criteria (11 of 14 → 0.7857) + 10% × elderly members (aged 60+) (1 member(s) → 1) + 10% × children under 6 (1 member(s) → 1)"
 * ranking.excluded[0].reason.en
 * //=> "Household balikpapan-01 excluded: 4 of 14 criteria unknown (protein, clothing, meals, treatment)"
 * @category Priority
 */
export function rankHouseholds(households: readonly Household[], options: RankHouseholdsOptions): HouseholdRanking {
  return guarded("rankHouseholds", () => {
    const { asOf: date, score, missing } = options ?? ({} as Partial<RankHouseholdsOptions>);
    const asOf = assertIsoDate(date as IsoDate);
    if (!Array.isArray(households)) throw failure(householdPriorityMessages, "priority.households_not_a_list", { value: typeof households });
    const components = prepareComponents(score as readonly HouseholdScoreComponent[], missing);
    const { scored, excluded } = scoreHouseholds(requireHouseholds(households, "rankHouseholds"), components, asOf);
    const keyed: Keyed[] = scored.map((s) => {
      return { scored: s, consumption: consumptionPerMember(s.household.monthlyConsumption, occupants(s.household, asOf)) };
    });
    keyed.sort(compareKeyed);
    const n = keyed.length;
    const ranked: RankedHousehold[] = new Array<RankedHousehold>(n);
    let first = 0;
    while (first < n) {
      let last = first;
      while (last + 1 < n && F.compare((keyed[last + 1] as Keyed).scored.score, (keyed[first] as Keyed).scored.score) === 0) last++;
      for (let i = first; i <= last; i++) {
        const { scored: s } = keyed[i] as Keyed;
        const tie = last > first ? { first: first + 1, last: last + 1 } : null;
        let details: readonly Text[] | undefined;
        const detailsOf = () => (details ??= s.parts.map(detailOf));
        const components = s.parts.map((p, k): RankedHouseholdComponent => {
          const component = {
            kind: p.component.spec.kind,
            label: p.component.label,
            raw: p.side.raw,
            normalised: F.toNumber(p.side.normalised),
            exactNormalised: F.toText(p.side.normalised),
            weight: F.toNumber(p.component.weight),
            contribution: F.toNumber(F.mul(p.component.weight, p.side.normalised)),
            assumed: p.assumed?.policy ?? null,
          };
          return withLazy(component, "detail", () => detailsOf()[k] as Text);
        });
        const rank = i + 1;
        const entry = {
          id: s.household.id,
          rank,
          score: F.toNumber(s.score),
          exactScore: F.toText(s.score),
          tied: tie !== null,
          tiedRanks: { first: first + 1, last: last + 1 },
          perCapitaConsumption: perCapitaConsumption(s.household) ?? null,
          components,
          household: s.household,
        };
        ranked[i] = withLazy(entry, "explanation", () => explain(s, detailsOf(), rank, n, tie));
      }
      first = last + 1;
    }
    return { asOf, households: ranked, excluded: excluded.map(({ id, gaps, reason }) => ({ id, gaps, reason })) };
  });
}
