// Fuzz table of the household layer (issue 18, round two): parsers and schemas never throw whatever
// the input does; helpers that take a Household get a valid one fixed inside `call` and only their
// other arguments are fuzzed (hostile households for them wait in PENDING_FINDING_1, pending.ts).
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture, householdFixtures } from "../fixtures/index.js";
import type { FrozenTable, FuzzTable } from "./harness.js";

const household = fixture("kukar-01");
const raw = householdFixtures.map((f) => f.household);
const first = raw[0] as Record<string, unknown>;
const person = (first["members"] as unknown[])[0];
const nik = "640201" + "4507050003";
const kk = "647201" + "1503180042";

/** `safeParse` of an exported schema: never throws, whatever the input. */
const schema = (s: { safeParse: (x: unknown) => unknown }, valid: unknown) => ({ valid: [[valid]], call: (x: unknown) => s.safeParse(x), neverThrows: true });

export const householdTable: FuzzTable = {
  // Schemas (safeParse never throws).
  AidReceipt: schema(lib.AidReceipt, { program: "pkh", since: "2024-01-01" }),
  AreaType: schema(lib.AreaType, "rural"),
  Assets: schema(lib.Assets, { savingsAndSellableGoods: "350000", landArea: 400 }),
  BuildingCondition: schema(lib.BuildingCondition, "good"),
  CookingFuel: schema(lib.CookingFuel, "lpg"),
  Desil: schema(lib.Desil, { value: 2, asOf: "2025-07-01" }),
  Disability: schema(lib.Disability, "none"),
  Dtks: schema(lib.Dtks, { member: true, asOf: "2024-05-01" }),
  Education: schema(lib.Education, "sd"),
  EmployerCategory: schema(lib.EmployerCategory, "none"),
  ExitKind: schema(lib.ExitKind, "mandiri"),
  FloorMaterial: schema(lib.FloorMaterial, "earth"),
  Household: schema(lib.Household, first),
  Housing: schema(lib.Housing, first["housing"] ?? {}),
  HousingAid: schema(lib.HousingAid, { program: "rutilahu", on: "2020-05-01" }),
  JknMembership: schema(lib.JknMembership, "pbi"),
  KkSchema: schema(lib.KkSchema, kk),
  LandTitle: schema(lib.LandTitle, "certificate"),
  LightingSource: schema(lib.LightingSource, "pln-meter"),
  LivingConditions: schema(lib.LivingConditions, {}),
  MaritalStatus: schema(lib.MaritalStatus, "married"),
  NikSchema: schema(lib.NikSchema, nik),
  Person: schema(lib.Person, person),
  Pregnancy: schema(lib.Pregnancy, "none"),
  ProgramExit: schema(lib.ProgramExit, { program: "pkh", kind: "mandiri", on: "2024-01-01" }),
  Relationship: schema(lib.Relationship, "head"),
  RoofMaterial: schema(lib.RoofMaterial, "zinc"),
  SchoolLevel: schema(lib.SchoolLevel, "sd"),
  Schooling: schema(lib.Schooling, { level: "sd", enrolled: true }),
  SewageDisposal: schema(lib.SewageDisposal, "septic-tank"),
  Sex: schema(lib.Sex, "female"),
  Tenure: schema(lib.Tenure, "own"),
  Toilet: schema(lib.Toilet, { facility: "own" }),
  ToiletFacility: schema(lib.ToiletFacility, "own"),
  ToiletType: schema(lib.ToiletType, "gooseneck"),
  WallMaterial: schema(lib.WallMaterial, "masonry"),
  WaterSource: schema(lib.WaterSource, "piped"),
  // Parsers: never throw on the input; a bad `asOf` is a TepatSasaranError (a programming error).
  parseHousehold: { valid: [[first]], call: (x) => lib.parseHousehold(x, { asOf: FIXTURE_AS_OF }), neverThrows: true },
  "parseHousehold options": { valid: [[first, { asOf: FIXTURE_AS_OF }]], call: (x, o) => lib.parseHousehold(x, o as lib.ParseHouseholdOptions) },
  parseHouseholds: { valid: [[raw[0], raw[1], raw[0]]], call: (...xs) => lib.parseHouseholds(xs, { asOf: FIXTURE_AS_OF }), neverThrows: true },
  "parseHouseholds batch": { valid: [[raw.slice(0, 3), { asOf: FIXTURE_AS_OF }]], call: (xs, o) => lib.parseHouseholds(xs as unknown[], o as lib.ParseHouseholdOptions) },
  decodeNik: { valid: [[nik, { asOf: "2026-01-01" }]] },
  decodeKk: { valid: [[kk, { asOf: "2026-01-01" }]] },
  maskNik: { valid: [[nik]], neverThrows: true },
  // Helpers on a Household: the household is fixed (PENDING_FINDING_1 fuzzes it), options are fuzzed.
  householdSize: { valid: [[]], call: () => lib.householdSize(household) },
  perCapitaConsumption: { valid: [[]], call: () => lib.perCapitaConsumption(household) },
  floorAreaPerPerson: { valid: [[]], call: () => lib.floorAreaPerPerson(household) },
  membersByAgeBand: { valid: [[FIXTURE_AS_OF]], call: (asOf) => lib.membersByAgeBand(household, asOf as string) },
  dependencyRatio: { valid: [[FIXTURE_AS_OF]], call: (asOf) => lib.dependencyRatio(household, asOf as string) },
  assessDrinkingWater: { valid: [[]], call: () => lib.assessDrinkingWater(household) },
  assessSanitation: { valid: [[]], call: () => lib.assessSanitation(household) },
  assessLivableHouse: { valid: [[]], call: () => lib.assessLivableHouse(household) },
  assessRtlh: { valid: [[]], call: () => lib.assessRtlh(household) },
  assessPovertyCriteria: {
    valid: [[{ threshold: 9, farmLandBelow: 500, incomeBelow: "600000", savingsBelow: 500_000 }], [{}]],
    call: (o) => lib.assessPovertyCriteria(household, o as lib.AssessPovertyCriteriaOptions),
  },
};

export const householdFrozen: FrozenTable = {
  householdEnumLabels: lib.householdEnumLabels,
};
