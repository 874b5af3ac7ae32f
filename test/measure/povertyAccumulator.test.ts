import { describe, expect, it } from "vitest";
import { PovertyAccumulator, fgt, povertyProfile } from "../../src/measure/index.js";

function fill(accumulator: PovertyAccumulator, values: readonly number[], weights: readonly number[]): PovertyAccumulator {
  values.forEach((value, i) => accumulator.add(value, weights[i]));
  return accumulator;
}

describe("PovertyAccumulator", () => {
  it("reproduces Haughton & Khandker country C across two partitions", () => {
    const north = new PovertyAccumulator({ line: 125 }).add(100).add(150);
    const south = new PovertyAccumulator({ line: 125 }).add(110).add(160);
    const merged = north.merge(south).result();
    expect(merged.p0).toBe(0.5);
    expect(merged.p1).toBeCloseTo(0.08, 15);
    expect(merged.p2).toBeCloseTo(0.0136, 15);
    expect(merged.count).toBe(4);
  });

  it("merges partitions to exactly the single pass on integer weights and dyadic gaps", () => {
    // Line 8 and integer values make every gap a multiple of 1/8 and every squared gap a multiple of
    // 1/64: all sums are exact in binary floating point, so any partition must give identical bits.
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 3, 3, 1, 7];
    const weights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    const single = fill(new PovertyAccumulator({ line: 8, alphas: [3], watts: { nonPositive: "floor", minimum: 0.5 } }), values, weights);
    const make = () => new PovertyAccumulator({ line: 8, alphas: [3], watts: { nonPositive: "floor", minimum: 0.5 } });
    const a = fill(make(), values.slice(0, 5), weights.slice(0, 5));
    const b = fill(make(), values.slice(5, 9), weights.slice(5, 9));
    const c = fill(make(), values.slice(9), weights.slice(9));
    const merged = c.merge(a).merge(b).result();
    const expected = single.result();
    expect(merged.population).toBe(expected.population);
    expect(merged.poor).toBe(expected.poor);
    expect(merged.p0).toBe(expected.p0);
    expect(merged.p1).toBe(expected.p1);
    expect(merged.p2).toBe(expected.p2);
    expect(merged.fgt).toEqual(expected.fgt);
    expect(merged.watts).toBeCloseTo(expected.watts, 14);
  });

  it("equals povertyProfile (without Sen) and fgt for extra α", () => {
    const values = [120, 80, 300, 45, 99.5, 100, 260, 10];
    const weights = [1.5, 2, 0.5, 4, 1, 3, 2, 0.25];
    const lines = [100, 100, 150, 100, 100, 120, 150, 50];
    const accumulator = new PovertyAccumulator({ alphas: [0.5, 3] });
    values.forEach((v, i) => accumulator.add(v, weights[i], lines[i]));
    const result = accumulator.result();
    const profile = povertyProfile(values, { line: lines, weights });
    for (const key of ["population", "poor", "p0", "p1", "p2", "watts"] as const) {
      expect(result[key]).toBeCloseTo(profile[key], 14);
    }
    expect(result.fgt.map((f) => f.alpha)).toEqual([0.5, 3]);
    expect(result.fgt[1]?.value).toBeCloseTo(fgt(values, { line: lines, alpha: 3, weights }), 15);
  });

  it("leaves both inputs of a merge unchanged", () => {
    const a = new PovertyAccumulator({ line: 10 }).add(5);
    const b = new PovertyAccumulator({ line: 10 }).add(20);
    const merged = a.merge(b);
    expect(a.result().p0).toBe(1);
    expect(b.result().p0).toBe(0);
    expect(merged.result().p0).toBe(0.5);
  });

  it("round-trips through a JSON state (e.g. from a worker thread)", () => {
    const a = new PovertyAccumulator({ line: 125, alphas: [1.5] }).add(100, 2).add(130, 1);
    const state = JSON.parse(JSON.stringify(a.state())) as ReturnType<PovertyAccumulator["state"]>;
    expect(PovertyAccumulator.fromState(state).result()).toEqual(a.result());
    expect(() => PovertyAccumulator.fromState({ ...state, sums: [] })).toThrow(
      expect.objectContaining({ code: "measure.state_invalid" }) as Error,
    );
  });

  it("refuses to merge accumulators of different kinds", () => {
    const plain = new PovertyAccumulator({ line: 1 });
    expect(() => plain.merge(new PovertyAccumulator({ line: 1, alphas: [3] }))).toThrow(
      "Accumulators cannot be merged: different alphas",
    );
    expect(() => plain.merge(new PovertyAccumulator({ line: 1, watts: { nonPositive: "floor", minimum: 1 } }))).toThrow(
      "different watts",
    );
  });

  it("names the row (its position in the accumulator) in errors", () => {
    const accumulator = new PovertyAccumulator({ line: 10 }).add(1).add(2);
    expect(() => accumulator.add(Number.NaN)).toThrow("Value at row 2 is not a finite number");
    expect(() => accumulator.add(1, -1)).toThrow("Weight at row 2 is negative");
    expect(() => accumulator.add(0)).toThrow(expect.objectContaining({ code: "measure.watts_non_positive" }) as Error);
    expect(() => new PovertyAccumulator().add(1)).toThrow(
      expect.objectContaining({ code: "measure.line_missing" }) as Error,
    );
    expect(() => accumulator.add(1, 1, -5)).toThrow(expect.objectContaining({ code: "measure.line_invalid" }) as Error);
    expect(accumulator.result().count).toBe(2); // failed adds add nothing
  });

  it("refuses a result with nothing or only zero weights added", () => {
    expect(() => new PovertyAccumulator({ line: 1 }).result()).toThrow(
      expect.objectContaining({ code: "measure.empty" }) as Error,
    );
    expect(() => new PovertyAccumulator({ line: 1 }).add(0.5, 0).result()).toThrow(
      expect.objectContaining({ code: "measure.weights_all_zero" }) as Error,
    );
  });
});
