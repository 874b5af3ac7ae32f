import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import * as household from "../../src/household/index.js";
import { Household, householdEnumLabels, type EnumLabel } from "../../src/household/index.js";
import { householdCsvColumns, readHouseholdsCsv } from "../../src/node/index.js";

// The catalogue of Indonesian labels and CSV spellings must cover every enum a household can hold.
// When a new enum or enum value arrives in the schema without its labels, these tests fail and name it.

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  left?: { _zod: { def: Def } };
  right?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  entries?: Record<string, string>;
}

/** Every enum reachable in a zod schema, with its path. */
function enumsIn(def: Def, path: string, out: { path: string; values: string[] }[]): void {
  if (def.type === "enum" && def.entries) out.push({ path, values: Object.values(def.entries) });
  for (const [key, child] of Object.entries(def.shape ?? {})) enumsIn(child._zod.def, path ? `${path}.${key}` : key, out);
  for (const child of [def.element, def.innerType, def.in, def.out, def.left, def.right, def.valueType]) {
    if (child) enumsIn(child._zod.def, def.element === child ? `${path}[]` : path, out);
  }
  for (const option of def.options ?? []) enumsIn(option._zod.def, path, out);
}

const found: { path: string; values: string[] }[] = [];
enumsIn((Household as unknown as { _zod: { def: Def } })._zod.def, "", found);
const catalogue = householdEnumLabels as Readonly<Record<string, Readonly<Record<string, EnumLabel>>>>;
const exported = household as unknown as Record<string, { options?: readonly string[] }>;

describe("householdEnumLabels", () => {
  it("finds the enums of the household schema (the walk itself works)", () => {
    expect(found.map((f) => f.path)).toEqual(expect.arrayContaining(["members[].relationship", "members[].sex", "housing.floorMaterial", "area"]));
  });

  it.each(found)("labels every value of $path in Bahasa Indonesia, in a catalogue named after its schema", ({ path, values }) => {
    const names = Object.keys(catalogue).filter((name) => {
      const codes = Object.keys(catalogue[name]!);
      return codes.length === values.length && values.every((v) => codes.includes(v));
    });
    const missing = Object.entries(catalogue)
      .map(([name, labels]) => ({ name, missing: values.filter((v) => !labels[v]?.id) }))
      .sort((a, b) => a.missing.length - b.missing.length)[0];
    expect(names, `${path}: values without a label (closest catalogue ${missing?.name}): ${missing?.missing.join(", ")}`).toHaveLength(1);
    const name = names[0]!;
    expect(exported[name]?.options, `${name} is the schema's exported name`).toEqual(values);
    for (const value of values) expect(catalogue[name]![value]!.id.trim(), `${name}.${value}`).not.toBe("");
  });

  it.each(Object.keys(catalogue))("%s: every spelling means one value, and none is another value's code", (name) => {
    const labels = catalogue[name]!;
    const owner = new Map<string, string>(Object.keys(labels).map((code) => [code, code]));
    for (const [code, label] of Object.entries(labels)) {
      for (const alias of [label.id.toLowerCase(), ...(label.aliases ?? [])]) {
        expect(alias, `${name}.${code}: aliases are lower case`).toBe(alias.toLowerCase());
        const other = owner.get(alias);
        expect(other === undefined || other === code, `${name}: "${alias}" means both ${other} and ${code}`).toBe(true);
        owner.set(alias, code);
      }
    }
  });

  it("is read-only", () => {
    expect(Object.isFrozen(householdEnumLabels)).toBe(true);
    expect(Object.isFrozen(householdEnumLabels.Sex.female)).toBe(true);
    expect(Object.isFrozen(householdEnumLabels.Sex.female.aliases)).toBe(true);
  });

  it("gives every enum column of the CSV layout its spellings", () => {
    for (const column of householdCsvColumns.filter((c) => c.type === "enum")) {
      const matches = Object.values(catalogue).filter((labels) => {
        const codes = Object.keys(labels);
        return codes.length === column.values!.length && column.values!.every((v) => codes.includes(v));
      });
      expect(matches, column.name).toHaveLength(1);
    }
  });
});

describe("CSV cells in the spellings of a Dinsos export", () => {
  it.each([
    { relationship: "Kepala Keluarga", sex: "Laki-laki", expected: { relationship: "head", sex: "male" } },
    { relationship: "kepala", sex: "L", expected: { relationship: "head", sex: "male" } },
    { relationship: "ISTRI", sex: "P", expected: { relationship: "spouse", sex: "female" } },
    { relationship: " orang  tua ", sex: "perempuan", expected: { relationship: "parent", sex: "female" } },
    { relationship: "head", sex: "female", expected: { relationship: "head", sex: "female" } },
  ])("reads $relationship / $sex as $expected.relationship / $expected.sex", async ({ relationship, sex, expected }) => {
    const header = "household_id,regency,area_type,sex,birth_date,relationship,education";
    const head = relationship.toLowerCase().includes("kepala") || relationship === "head" ? "" : "h1,64.02,Perdesaan,L,1950-01-02,Kepala,SLTP\n";
    const csv = `${header}\n${head}h1,64.02,Perdesaan,${sex},1980-01-02,${relationship},Tamat SD\n`;
    const events = [];
    for await (const event of readHouseholdsCsv(Readable.from([csv]))) events.push(event);
    const member = { ...expected, education: "sd" };
    expect(events[0]).toMatchObject({ kind: "household", household: { area: "rural", members: head ? [{ relationship: "head", education: "smp" }, member] : [member] } });
  });

  it("still rejects a spelling that is no known value", async () => {
    const csv = "household_id,regency,sex,birth_date,relationship\nh1,64.02,laki,1980-01-02,boss\n";
    const events = [];
    for await (const event of readHouseholdsCsv(Readable.from([csv]))) events.push(event);
    expect(events.map((e) => e.kind === "rejected" && e.field)).toEqual(expect.arrayContaining(["sex", "relationship"]));
  });
});
