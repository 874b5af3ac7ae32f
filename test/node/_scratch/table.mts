import { householdCsvColumns } from "../../../src/node/index.js";
const meaning: Record<string, string> = {
  household_id: "Your id of the household; every row of a household carries it",
  kk: "KK number (16 digits), checked when given",
  regency: "Regency (kabupaten/kota) code, `64.02` or BPS `6402`",
  region: "District or village code inside the regency",
  area_type: "Urban (perkotaan) or rural (perdesaan)",
  monthly_consumption: "Household consumption per month, Rupiah",
  desil: "DTSEN desil 1–10; needs `desil_as_of`",
  desil_as_of: "Date the desil was read",
  floor_area_m2: "Floor area of the dwelling, m² (> 0)",
  floor_material: "Main floor material",
  floor_condition: "Floor condition",
  wall_material: "Main wall material",
  wall_condition: "Wall condition",
  roof_material: "Main roof material",
  roof_condition: "Roof condition",
  drinking_water: "Main drinking-water source",
  bathing_water: "Water for bathing and washing",
  toilet_facility: "Who uses the toilet",
  toilet_type: "Toilet type",
  sewage_disposal: "Where faeces end up",
  lighting: "Lighting source",
  cooking_fuel: "Main cooking fuel",
  tenure: "Tenure of the dwelling",
  savings_and_sellable_goods: "Savings and easily sold goods, Rupiah",
  land_area_m2: "Land owned or worked, m²",
  protein_meals_per_week: "Meat, milk or chicken meals a week (0–100)",
  new_clothing_sets_per_year: "New clothing sets per member a year",
  meals_per_day: "Meals a day (0–10)",
  can_afford_treatment: "Can pay for treatment at a puskesmas",
  current_aid: "Programs received: `pkh:2023-01-01;sembako:2024-03-01`, or `none`",
  nik: "NIK (16 digits); must agree with `sex` and `birth_date`",
  name: "Name as on the KK",
  sex: "Sex",
  birth_date: "Birth date",
  relationship: "Relationship to the head; exactly one `head` per household",
  pregnancy: "Pregnancy status (women only)",
  disability: "Disability",
  school_level: "School level attended (or of age for); needs `school_enrolled`",
  school_enrolled: "Whether enrolled at that level",
  education: "Highest education completed",
  occupation: "Occupation, free text",
  employer_category: "Who the person works for, or how",
  monthly_income: "Income per month, Rupiah",
  jkn: "JKN health-insurance membership",
};
const type: Record<string, string> = { text: "text", enum: "one of", integer: "whole number", number: "number", boolean: "yes/no", rupiah: "Rupiah", date: "date", "aid-list": "aid list" };
console.log("| Column | Level | Field | Type | Required | Meaning and allowed values |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const c of householdCsvColumns) {
  const values = c.values ? ` — ${c.values.map((v) => `\`${v}\``).join(", ")}` : "";
  console.log(`| \`${c.name}\` | ${c.level} | \`${c.field}\` | ${type[c.type]} | ${c.required ? "**yes**" : ""} | ${meaning[c.name] ?? ""}${values} |`);
}
