import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/index.js";
import { apportion } from "../../src/allocate/index.js";

// ---------------------------------------------------------------------------------------------------
// The 1880 census and the apportionment of 1882 (issue 13, item 6).
//
// Populations: the 38 states' 1880 census counts as tabulated by the U.S. Census Bureau in its
// historical resident-population table (reproduced as census_data/historical_populations.csv in
// github.com/sarahscheffler/dp-census). They add up to 49,371,340, the 1880 apportionment base:
// 325 seats at 151,912 persons each (Davidson & Oleszek, "Congress and Its Members", table "Growth in
// size of House and Constituency", http://spot.colorado.edu/~mcguire/SIZEHOUS.html: 49,371,000; 325;
// 151,912). Alabama 1,262,505, Illinois 3,077,871 and Texas 1,591,749 are also the figures of
// G. Szpiro, "7. More seats or less? The Alabama paradox" (https://www.georgeszpiro.com/7-alabama-paradox)
// and, for Alabama and Illinois, of COMAP "For All Practical Purposes" 10th ed., ch. 14 Example 7
// (which prints Texas as 1,591,729 and a total of 49,373,329).
//
// The Alabama paradox as it happened: C. W. Seaton, chief clerk of the Census Office, computed Hamilton
// ("Vinton") apportionments for every House size from 275 to 350: "Alabama was allotted 8
// Representatives out of a total of 299, receiving but 7 when the total becomes 300" (quoted in
// B. Cipra, "E Pluribus Confusion", American Scientist 2010, and in the COMAP example above). At 299
// Alabama's remainder .646 beat Illinois (18.640) and Texas (9.640); at 300 Illinois (18.702) and
// Texas (9.672) overtook Alabama (7.671).
//
// The Act of 25 February 1882 (text in the Democratic Sentinel, Rensselaer, 3 March 1882,
// https://newspapers.library.in.gov/?a=d&d=DMST18820303.2.6): 325 members, seats per state as listed
// below. The scan reads New York as "35", but the 38 figures must add up to 325, which makes New York
// 34 (as every apportionment table of 1882 has it). Nevada's quota is 62,266 × 325 / 49,371,340 = 0.41:
// raised to its constitutional 1 seat, without recomputing the others' quotas, the last seat that
// Mississippi (7.449) would otherwise win is the one that pays for it.
// ---------------------------------------------------------------------------------------------------
const POPULATION_1880 = {
  Alabama: 1_262_505, Arkansas: 802_525, California: 864_694, Colorado: 194_327, Connecticut: 622_700,
  Delaware: 146_608, Florida: 269_493, Georgia: 1_542_180, Illinois: 3_077_871, Indiana: 1_978_301,
  Iowa: 1_624_615, Kansas: 996_096, Kentucky: 1_648_690, Louisiana: 939_946, Maine: 648_936,
  Maryland: 934_943, Massachusetts: 1_783_085, Michigan: 1_636_937, Minnesota: 780_773, Mississippi: 1_131_597,
  Missouri: 2_168_380, Nebraska: 452_402, Nevada: 62_266, "New Hampshire": 346_991, "New Jersey": 1_131_116,
  "New York": 5_082_871, "North Carolina": 1_399_750, Ohio: 3_198_062, Oregon: 174_768, Pennsylvania: 4_282_891,
  "Rhode Island": 276_531, "South Carolina": 995_577, Tennessee: 1_542_359, Texas: 1_591_749, Vermont: 332_286,
  Virginia: 1_512_565, "West Virginia": 618_457, Wisconsin: 1_315_497,
} as const;
const ENACTED_1882 = {
  Alabama: 8, Arkansas: 5, California: 6, Colorado: 1, Connecticut: 4, Delaware: 1, Florida: 2, Georgia: 10,
  Illinois: 20, Indiana: 13, Iowa: 11, Kansas: 7, Kentucky: 11, Louisiana: 6, Maine: 4, Maryland: 6,
  Massachusetts: 12, Michigan: 11, Minnesota: 5, Mississippi: 7, Missouri: 14, Nebraska: 3, Nevada: 1,
  "New Hampshire": 2, "New Jersey": 7, "New York": 34, "North Carolina": 9, Ohio: 21, Oregon: 1, Pennsylvania: 28,
  "Rhode Island": 2, "South Carolina": 7, Tennessee: 10, Texas: 11, Vermont: 2, Virginia: 10, "West Virginia": 4,
  Wisconsin: 9,
};
const STATES = Object.keys(POPULATION_1880) as (keyof typeof POPULATION_1880)[];
const weights = STATES.map((s) => POPULATION_1880[s]);
const house = (seats: number, hamiltonMinimums: "requota" | "raise") =>
  apportion({ method: "hamilton", seats, weights, min: 1, hamiltonMinimums });
const byState = (seats: readonly number[]) => Object.fromEntries(STATES.map((s, i) => [s, seats[i]]));
const pick = (seats: readonly number[], ...names: (keyof typeof POPULATION_1880)[]) => names.map((n) => seats[STATES.indexOf(n)]);

describe("Hamilton with minimums, the historical U.S. House convention (1880 census)", () => {
  it("uses the 38 states of 1880, adding up to the apportionment base of 49,371,340", () => {
    expect(STATES).toHaveLength(38);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(49_371_340);
    expect(Object.values(ENACTED_1882).reduce((a, b) => a + b, 0)).toBe(325);
  });

  it("shows the Alabama paradox as it happened: Alabama 8 of 299 seats, 7 of 300; Illinois and Texas gain", () => {
    const at299 = house(299, "raise");
    const at300 = house(300, "raise");
    expect(pick(at299.seats, "Alabama", "Illinois", "Texas", "Nevada")).toEqual([8, 18, 9, 1]);
    expect(pick(at300.seats, "Alabama", "Illinois", "Texas", "Nevada")).toEqual([7, 19, 10, 1]);
    // Alabama won the 299th seat on its remainder .646; Illinois (.640) was next.
    expect(at299.steps.at(-1)).toMatchObject({ seat: 299, region: STATES.indexOf("Alabama"), seats: 8, priority: "0.645913" });
    expect(at299.runnerUp).toMatchObject({ seat: 300, region: STATES.indexOf("Illinois"), seats: 19 });
    // At 300 the quotas are Alabama 7.671, Illinois 18.702, Texas 9.672 (COMAP ch. 14, Example 7).
    const quota = (name: keyof typeof POPULATION_1880) => at300.quotas![STATES.indexOf(name)]!.decimal.slice(0, 6);
    expect([quota("Alabama"), quota("Illinois"), quota("Texas")]).toEqual(["7.6714", "18.702", "9.6721"]);
    expect(at300.runnerUp).toMatchObject({ region: STATES.indexOf("Alabama"), seats: 8 });
  });

  it("reproduces the apportionment of 1882: 325 seats, every state as enacted", () => {
    const result = house(325, "raise");
    expect(byState(result.seats)).toEqual(ENACTED_1882);
    expect(result.quota).toEqual({ numerator: "9874268", denominator: "65", decimal: "151911.815385" });
    expect(result.quotas![STATES.indexOf("Nevada")]!.decimal).toBe("0.409883");
  });

  it("differs from today's convention, which recomputes the quota once Nevada is fixed at 1 seat", () => {
    // Recomputing the quota among the other 37 states moves the last seat from New York (33.459) to
    // Mississippi (7.449): not what Congress enacted in 1882.
    const today = house(325, "requota");
    expect(pick(today.seats, "New York", "Mississippi", "Nevada")).toEqual([33, 8, 1]);
    // And under today's convention the paradox runs the other way round at 299/300.
    expect(pick(house(299, "requota").seats, "Alabama")).toEqual([7]);
    expect(pick(house(300, "requota").seats, "Alabama")).toEqual([8]);
  });

  it("without minimums both conventions are plain Hamilton (Nevada gets no seat of 325)", () => {
    const plain = apportion({ method: "hamilton", seats: 325, weights });
    expect(apportion({ method: "hamilton", seats: 325, weights, hamiltonMinimums: "raise" })).toEqual(plain);
    expect(pick(plain.seats, "Nevada", "New York", "Mississippi")).toEqual([0, 34, 8]);
  });
});

describe("hamiltonMinimums: \"raise\" on small cases", () => {
  it("gives back seats from the smallest remainders when raising uses more than the remainders leave", () => {
    // Quotas of 10 seats: 0.1 ×3 (raised to 1 each), 9.7; the big region keeps 7 of its 9.7.
    const result = apportion({ method: "hamilton", seats: 10, weights: [1, 1, 1, 97], min: 1, hamiltonMinimums: "raise" });
    expect(result.seats).toEqual([1, 1, 1, 7]);
    expect(result.steps).toEqual([]);
  });

  it("breaks an exact tie for the last seat by the tie-break order and reports it", () => {
    const result = apportion({ method: "hamilton", seats: 5, weights: [1, 10, 10], min: 1, hamiltonMinimums: "raise", tieBreak: [0, 2, 1] });
    // Quotas 0.238, 2.381, 2.381: region 0 raised to 1; 2 + 2 whole seats; one left, tied.
    expect(result.seats).toEqual([1, 2, 2]);
    expect(result.ties).toEqual([]);
    const tied = apportion({ method: "hamilton", seats: 6, weights: [1, 10, 10], min: 1, hamiltonMinimums: "raise", tieBreak: [0, 2, 1] });
    // Quotas 0.286, 2.857, 2.857: 1 + 2 + 2 = 5; the sixth seat is tied between 1 and 2: 2 wins.
    expect(tied.seats).toEqual([1, 2, 3]);
    expect(tied.ties).toEqual([{ regions: [2, 1], seatsContested: 1, winners: [2], priority: "0.857143" }]);
  });

  it.each([
    { name: "an unknown convention", options: { method: "hamilton", hamiltonMinimums: "historical" }, code: "allocate.hamilton_minimums_invalid" },
    { name: "a divisor method", options: { method: "webster", hamiltonMinimums: "raise" }, code: "allocate.hamilton_minimums_method" },
    { name: "maximums", options: { method: "hamilton", hamiltonMinimums: "raise", max: 3 }, code: "allocate.hamilton_raise_max" },
  ] as const)("refuses $name with a bilingual error", ({ options, code }) => {
    let caught: unknown;
    try {
      apportion({ seats: 5, weights: [1, 2, 3], ...(options as object) } as unknown as Parameters<typeof apportion>[0]);
    } catch (error) {
      caught = error;
    }
    expect(caught instanceof TepatSasaranError && caught.code).toBe(code);
    if (caught instanceof TepatSasaranError) {
      expect(caught.issues[0]?.message.id.length).toBeGreaterThan(0);
      expect(caught.issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });
});
