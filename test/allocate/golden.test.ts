import { describe, expect, it } from "vitest";
import { apportion, type ApportionmentMethod } from "../../src/allocate/index.js";

const METHODS: readonly ApportionmentMethod[] = ["hamilton", "jefferson", "webster", "huntington-hill", "adams"];

// ---------------------------------------------------------------------------------------------------
// 1. The 1790 U.S. census, the classic textbook table of apportionment.
//
// Apportionment populations of the 15 states in the 1790 census (total 3,615,920), as tabulated in
// M. L. Balinski & H. P. Young, "Fair Representation" (2nd ed., Brookings 2001), in COMAP "For All
// Practical Purposes" (10th ed., ch. 14, Example 6 / Table 14.5, whose quotas these reproduce, e.g.
// New Jersey 179,570 / 30,132.67 = 5.959) and in P. Tannenbaum, "Excursions in Modern Mathematics",
// ch. 4 project "The First Apportionment of the House of Representatives".
// ---------------------------------------------------------------------------------------------------
const STATES = ["CT", "DE", "GA", "KY", "MD", "MA", "NH", "NJ", "NY", "NC", "PA", "RI", "SC", "VT", "VA"] as const;
const POPULATION_1790 = [
  236_841, 55_540, 70_835, 68_705, 278_514, 475_327, 141_822, 179_570, 331_589, 353_523, 432_879, 68_446, 206_236, 85_533,
  630_560,
];
const byState = (seats: readonly number[]) => Object.fromEntries(STATES.map((s, i) => [s, seats[i]]));

describe("1790 census (Balinski & Young; COMAP FAPP ch. 14; Tannenbaum ch. 4)", () => {
  it("adds up to 3,615,920 people", () => {
    expect(POPULATION_1790.reduce((a, b) => a + b, 0)).toBe(3_615_920);
  });

  // Washington's vetoed bill of 1792: Hamilton's method, 120 seats. Standard divisor
  // 3,615,920 / 120 = 30,132.67. Lower quotas add to 111; the 9 largest remainders (NJ .959, VA .926,
  // CT .860, SC .844, DE .843, VT .839, MA .774, NC .732, NH .707) get a 10th…; PA .366, GA .351,
  // KY .280, RI .271, MD .243, NY .004 do not. Source: COMAP FAPP 10th ed., Table 14.5.
  it("Hamilton, 120 seats, is the vetoed bill of FAPP Table 14.5", () => {
    const result = apportion({ method: "hamilton", seats: 120, weights: POPULATION_1790 });
    expect(byState(result.seats)).toEqual({
      CT: 8, DE: 2, GA: 2, KY: 2, MD: 9, MA: 16, NH: 5, NJ: 6, NY: 11, NC: 12, PA: 14, RI: 2, SC: 7, VT: 3, VA: 21,
    });
    expect(result.quota).toEqual({ numerator: "90398", denominator: "3", decimal: "30132.666667" });
  });

  // The Apportionment Act of 1792: 105 seats, "one for every thirty-three thousand persons" —
  // Jefferson's method with divisor 33,000 (rounding down): VA 630,560/33,000 = 19.11 → 19,
  // MA 14.40 → 14, PA 13.12 → 13, NC 10.71 → 10, NY 10.05 → 10, MD 8.44 → 8, CT 7.18 → 7,
  // SC 6.25 → 6, NJ 5.44 → 5, NH 4.30 → 4, VT 2.59 → 2, GA 2.15 → 2, KY 2.08 → 2, RI 2.07 → 2,
  // DE 1.68 → 1; total 105. The seats match the enacted table (St. George Tucker, Blackstone's
  // Commentaries 1803, vol. 1 app. note D, "Representation according to the First Census").
  it("Jefferson, 105 seats, is the Apportionment Act of 1792 with divisor 33,000", () => {
    const result = apportion({ method: "jefferson", seats: 105, weights: POPULATION_1790 });
    expect(byState(result.seats)).toEqual({
      CT: 7, DE: 1, GA: 2, KY: 2, MD: 8, MA: 14, NH: 4, NJ: 5, NY: 10, NC: 10, PA: 13, RI: 2, SC: 6, VT: 2, VA: 19,
    });
    expect(result.divisor).toBe("33000");
  });

  // "If Hamilton's method had been applied in 1792 to a House of size 105, 13 of the 15 states would
  // have been assigned the same number … Virginia benefited under Jefferson, while Delaware would have
  // gained a seat under Hamilton" (MAA Convergence, "Apportioning Representatives in the United States
  // Congress – Jefferson's Method"). Quota 3,615,920/105 = 34,437.33: VA 18.310, DE 1.613.
  it("Hamilton, 105 seats, differs from Jefferson only for Virginia and Delaware", () => {
    const hamilton = apportion({ method: "hamilton", seats: 105, weights: POPULATION_1790 }).seats;
    const jefferson = apportion({ method: "jefferson", seats: 105, weights: POPULATION_1790 }).seats;
    const differ = STATES.filter((_, i) => hamilton[i] !== jefferson[i]);
    expect(differ).toEqual(["DE", "VA"]);
    expect(byState(hamilton)).toMatchObject({ VA: 18, DE: 2 });
  });

  // A House of 109 seats, where all five methods disagree. Hand computation (quotients p / d):
  //
  // Hamilton: quota 3,615,920/109 = 33,173.58. Quotas CT 7.139 DE 1.674 GA 2.135 KY 2.071 MD 8.396
  //   MA 14.328 NH 4.275 NJ 5.413 NY 9.996 NC 10.657 PA 13.049 RI 2.063 SC 6.217 VT 2.578 VA 19.008.
  //   Lower quotas add to 7+1+2+2+8+14+4+5+9+10+13+2+6+2+19 = 104; the 5 largest remainders
  //   NY .996, DE .674, NC .657, VT .578, NJ .413 get one more (next: MD .396).
  // Jefferson (round down), d = 30,940: CT 7.655 DE 1.795 GA 2.289 KY 2.221 MD 9.002 MA 15.363
  //   NH 4.584 NJ 5.804 NY 10.717 NC 11.426 PA 13.991 RI 2.212 SC 6.666 VT 2.765 VA 20.380
  //   → 7 1 2 2 9 15 4 5 10 11 13 2 6 2 20 = 109.
  // Webster (round at .5), d = 32,780: CT 7.225 DE 1.694 GA 2.161 KY 2.096 MD 8.4965 MA 14.5005
  //   NH 4.327 NJ 5.478 NY 10.116 NC 10.785 PA 13.206 RI 2.088 SC 6.292 VT 2.609 VA 19.236
  //   → 7 2 2 2 8 15 4 5 10 11 13 2 6 3 19 = 109.
  // Huntington–Hill (round at √(n(n+1))), d = 32,820: MD 8.4861 > √72 = 8.4853 → 9;
  //   MA 14.4828 < √210 = 14.4914 → 14; NJ 5.4714 < √30 = 5.4772 → 5; VT 2.6061 > √6 = 2.4495 → 3;
  //   the rest as Webster → 7 2 2 2 9 14 4 5 10 11 13 2 6 3 19 = 109.
  // Adams (round up), d = 35,400: CT 6.690 DE 1.569 GA 2.0010 KY 1.941 MD 7.868 MA 13.427 NH 4.006
  //   NJ 5.073 NY 9.367 NC 9.987 PA 12.228 RI 1.934 SC 5.826 VT 2.416 VA 17.812
  //   → 7 2 3 2 8 14 5 6 10 10 13 2 6 3 18 = 109.
  it.each([
    { method: "hamilton", seats: [7, 2, 2, 2, 8, 14, 4, 6, 10, 11, 13, 2, 6, 3, 19], divisor: null },
    { method: "jefferson", seats: [7, 1, 2, 2, 9, 15, 4, 5, 10, 11, 13, 2, 6, 2, 20], divisor: "30940" },
    { method: "webster", seats: [7, 2, 2, 2, 8, 15, 4, 5, 10, 11, 13, 2, 6, 3, 19], divisor: "32780" },
    { method: "huntington-hill", seats: [7, 2, 2, 2, 9, 14, 4, 5, 10, 11, 13, 2, 6, 3, 19], divisor: "32820" },
    { method: "adams", seats: [7, 2, 3, 2, 8, 14, 5, 6, 10, 10, 13, 2, 6, 3, 18], divisor: "35400" },
  ] as const)("109 seats by $method", ({ method, seats, divisor }) => {
    const result = apportion({ method, seats: 109, weights: POPULATION_1790 });
    expect(result.seats).toEqual(seats);
    expect(result.divisor).toBe(divisor);
    expect(result.ties).toEqual([]);
  });

  it("gives five different apportionments of 109 seats", () => {
    const distinct = new Set(METHODS.map((method) => apportion({ method, seats: 109, weights: POPULATION_1790 }).seats.join(",")));
    expect(distinct.size).toBe(5);
  });
});

// ---------------------------------------------------------------------------------------------------
// 2. The "Republic of Parador", P. Tannenbaum, "Excursions in Modern Mathematics", ch. 4 "The
// Mathematics of Apportionment": six states, 12,500,000 people, 250 seats, standard divisor 50,000.
// (Not checked against the book in this repository's sessions: the populations and the results below
// are the book's example as remembered and re-derived by hand; the arithmetic is shown.)
// Quotas: A 32.92, B 138.72, C 3.08, D 41.82, E 13.70, F 19.76.
//   Hamilton: lower quotas 32+138+3+41+13+19 = 246; remainders .92 (A), .82 (D), .76 (F), .72 (B) win,
//     .70 (E) and .08 (C) do not → 33 139 3 42 13 20.
//   Jefferson, d = 49,500: 33.25 140.12 3.11 42.24 13.84 19.96 → 33 140 3 42 13 19.
//   Adams, d = 50,700: 32.47 136.80 3.04 41.24 13.51 19.49 → up: 33 137 4 42 14 20.
//   Webster, d = 50,100: 32.85 138.44 3.07 41.74 13.67 19.72 → 33 138 3 42 14 20.
//   Huntington–Hill, d = 50,100: B 138.44 < √(138·139) = 138.499 → 138; E 13.67 > √182 = 13.49 → 14;
//     C 3.07 < √12 = 3.46 → 3 — the same as Webster here.
// ---------------------------------------------------------------------------------------------------
describe("Parador (Tannenbaum, Excursions in Modern Mathematics, ch. 4)", () => {
  const weights = [1_646_000, 6_936_000, 154_000, 2_091_000, 685_000, 988_000];
  it.each([
    { method: "hamilton", seats: [33, 139, 3, 42, 13, 20] },
    { method: "jefferson", seats: [33, 140, 3, 42, 13, 19] },
    { method: "adams", seats: [33, 137, 4, 42, 14, 20] },
    { method: "webster", seats: [33, 138, 3, 42, 14, 20] },
    { method: "huntington-hill", seats: [33, 138, 3, 42, 14, 20] },
  ] as const)("$method", ({ method, seats }) => {
    expect(apportion({ method, seats: 250, weights }).seats).toEqual(seats);
  });
});

// ---------------------------------------------------------------------------------------------------
// 3. A real D'Hondt allocation: the 2019 European Parliament election in Portugal (26 May 2019),
// 21 seats, one national constituency, D'Hondt, no legal threshold. Votes of the six lists that won
// seats as published by the Comissão Nacional de Eleições (reproduced in Wikipedia, "Élections
// européennes de 2019 au Portugal"): PS 1,106,328; PSD 727,224; BE 325,533; CDU 228,156;
// CDS-PP 205,106; PAN 168,501. Seats announced by the Ministry of Internal Administration: 9, 6, 2, 2,
// 1, 1 (ECO, 27 May 2019). Every other list had under 2% (< 62,000 votes), below the last winning
// quotient, so it cannot change the result.
// Hand check: the 21 largest quotients end at CDU 228,156/2 = 114,078; next is PS 1,106,328/10 =
// 110,632.8. With d = 114,000: PS 9.70 → 9, PSD 6.38 → 6, BE 2.86 → 2, CDU 2.001 → 2, CDS 1.80 → 1,
// PAN 1.48 → 1; total 21.
// Checked again (2026-11-28) against the Spanish Wikipedia page "Elecciones al Parlamento Europeo de
// 2019 (Portugal)", which gives the same six figures and seats. The English page gives slightly lower
// figures (PS 1,104,694; PSD 725,399; BE 325,093; CDU 228,045; CDS-PP 204,792; PAN 168,015), probably
// a later count; they give the same seats (second case below).
// ---------------------------------------------------------------------------------------------------
describe("D'Hondt: European Parliament election 2019, Portugal", () => {
  it("gives PS 9, PSD 6, BE 2, CDU 2, CDS-PP 1, PAN 1", () => {
    const result = apportion({ method: "jefferson", seats: 21, weights: [1_106_328, 727_224, 325_533, 228_156, 205_106, 168_501] });
    expect(result.seats).toEqual([9, 6, 2, 2, 1, 1]);
    expect(result.steps.at(-1)).toEqual({ seat: 21, region: 3, seats: 2, priority: "114078" });
    expect(result.runnerUp).toEqual({ seat: 22, region: 0, seats: 10, priority: "110632.8" });
    expect(result.divisor).toBe("114000");
  });

  it("gives the same seats with the English Wikipedia figures", () => {
    const result = apportion({ method: "jefferson", seats: 21, weights: [1_104_694, 725_399, 325_093, 228_045, 204_792, 168_015] });
    expect(result.seats).toEqual([9, 6, 2, 2, 1, 1]);
  });
});

// ---------------------------------------------------------------------------------------------------
// 4. A real Sainte-Laguë allocation: the 2020 New Zealand general election (17 October 2020), 120 seats
// shared by the Sainte-Laguë formula (Electoral Act 1993, Schedule 2) among parties with ≥ 5% of the
// party vote or an electorate seat: Labour, National, Green, ACT, Māori (Waiariki electorate).
// Official party votes (Electoral Commission, reproduced in Wikipedia "2020 New Zealand general
// election"): Labour 1,443,545; National 738,275; Green 226,757; ACT 219,031; Māori 33,630.
// Seats: 65, 33, 10, 10, 2 (no overhang).
// Hand check with d = 22,300: 64.73 → 65, 33.11 → 33, 10.17 → 10, 9.82 → 10, 1.508 → 2; total 120.
// Checked again (2026-11-28): the Electoral Commission's release "2020 General Election official
// results" (elections.nz, 6 Nov 2020) gives the seats 65, 33, 10, 10, 2; a mirror of the Wikipedia
// page gives the five party votes above.
// The preliminary election-night count (Labour 1,169,397; National 638,393; Green 180,224;
// ACT 190,106; Māori 23,938: the Electoral Commission's election-night release of 18 Oct 2020, as
// reproduced by Scoop; also in BERL's 20 Oct 2020 note) gave 64, 35, 10, 10, 1:
// d = 18,400: 63.55 → 64, 34.70 → 35, 9.79 → 10, 10.33 → 10, 1.30 → 1; total 120.
// ---------------------------------------------------------------------------------------------------
describe("Sainte-Laguë: New Zealand general election 2020", () => {
  it("official result: Labour 65, National 33, Green 10, ACT 10, Māori 2", () => {
    const result = apportion({ method: "webster", seats: 120, weights: [1_443_545, 738_275, 226_757, 219_031, 33_630] });
    expect(result.seats).toEqual([65, 33, 10, 10, 2]);
    expect(result.divisor).toBe("22300");
  });

  it("preliminary count: Labour 64, National 35, Green 10, ACT 10, Māori 1", () => {
    const result = apportion({ method: "webster", seats: 120, weights: [1_169_397, 638_393, 180_224, 190_106, 23_938] });
    expect(result.seats).toEqual([64, 35, 10, 10, 1]);
  });
});
