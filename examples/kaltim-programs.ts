/**
 * Three of Kalimantan Timur's own programs added to the catalogue the way an app would, with
 * `defineProgram` and the library's public exports only: Gratispol Pendidikan (province, free tuition,
 * examples/gratispol.ts), Kukar Idaman (Kutai Kartanegara, Rp 200,000 a month, examples/kukar-idaman.ts)
 * and Rumah Layak Huni (province, a new house built in kind, examples/kaltim-rlh.ts).
 *
 * `npx tsx examples/kaltim-programs.ts` assesses four families for the program(s) they applied to
 * and prints each decision with its reasons. The scenario tables that check the three programs
 * are in test/examples/ (run by test/examples/kaltim-programs.test.ts through `verifyScenarios`).
 */
import { pathToFileURL } from "node:url";
import { PROGRAMS, assessHousehold, explainAssessment, formatBenefitLine, parseHousehold, programCatalogue, type AssessmentInputs, type Program } from "../src/index.js";
import { money } from "./_written.js";
import { gratispol } from "./gratispol.js";
import { kaltimRlh } from "./kaltim-rlh.js";
import { kukarIdaman } from "./kukar-idaman.js";

/** The catalogue an app would assess with: the library's programs plus its own. */
export const kaltimPrograms = [...PROGRAMS, gratispol, kukarIdaman, kaltimRlh];

const AS_OF = "2026-02-02";
const FAMILIES: { label: string; household: unknown; inputs: AssessmentInputs; programs: readonly Program[] }[] = [
  {
    label: "Samarinda: a 19-year-old S1 student at Unmul, KK in Kaltim since 2015, UKT Rp 2,400,000",
    household: {
      id: "smd-01",
      regency: "64.72",
      members: [
        { sex: "male", birthDate: "1975-02-11", relationship: "head", disability: "none" },
        { sex: "female", birthDate: "2006-09-01", relationship: "child", disability: "none" },
      ],
    },
    inputs: {
      kkKaltimSince: "2015-06-01",
      gratispolStudent: { member: 1, level: "s1", campusInKaltim: true, semester: 2, ukt: "2400000", otherScholarship: false },
    },
    programs: [gratispol, kukarIdaman],
  },
  {
    label: "Tenggarong (Kukar): a neglected widow of 72 on the DTKS",
    household: { id: "kkr-01", regency: "64.02", members: [{ sex: "female", birthDate: "1953-04-20", relationship: "head", disability: "none" }] },
    inputs: { dtksMember: true, neglectedMembers: [0] },
    programs: [kukarIdaman],
  },
  {
    label: "Balikpapan: a 26-year-old S1 student (over the age limit), family moved from Makassar in 2024",
    household: { id: "bpn-01", regency: "64.71", members: [{ sex: "female", birthDate: "1999-08-15", relationship: "head", disability: "none" }] },
    inputs: { kkKaltimSince: "2024-01-10", gratispolStudent: { member: 0, level: "s1", campusInKaltim: true, semester: 3, otherScholarship: false } },
    programs: [gratispol],
  },
  {
    label: "Sangatta (Kutai Timur): a family of four in its own wooden house, cheap-wood floor and walls, on land held under a surat segel; SKTM from the lurah",
    household: {
      id: "ktm-01",
      regency: "64.08",
      housing: { tenure: "own", onlyHouse: true, landTitle: "other-proof", floorArea: 28, floorMaterial: "wood-low-quality", wallMaterial: "wood-low-quality", roofMaterial: "zinc", housingAid: [] },
      members: [
        { sex: "male", birthDate: "1982-06-14", relationship: "head", disability: "none", maritalStatus: "married", monthlyIncome: "2800000" },
        { sex: "female", birthDate: "1986-02-03", relationship: "spouse", disability: "none", maritalStatus: "married", monthlyIncome: "0" },
        { sex: "female", birthDate: "2012-09-30", relationship: "child", disability: "none" },
        { sex: "male", birthDate: "2017-11-12", relationship: "child", disability: "none" },
      ],
    },
    inputs: { ktpKaltimSince: "2008-04-01", sktm: true },
    programs: [kaltimRlh],
  },
];

/** The printable lines of the example. */
export function kaltimProgramsDemo(): string[] {
  const lines: string[] = [];
  const messages = programCatalogue(kaltimPrograms);
  for (const family of FAMILIES) {
    const parsed = parseHousehold(family.household, { asOf: AS_OF });
    if (!parsed.success) throw new Error(`${family.label}: ${parsed.issues.map((i) => i.message.en).join("; ")}`);
    const result = assessHousehold(parsed.data, { asOf: AS_OF, programs: family.programs, inputs: family.inputs });
    lines.push(family.label);
    for (const a of result.programs) {
      const total = a.benefit ? ` — ${a.benefit.frequency === "in-kind" ? "in kind" : money(a.benefit.total, "en")} in ${a.benefit.year}` : "";
      lines.push(`  ${a.program}: ${a.status}${total}`);
      const inKind = a.benefit?.frequency === "in-kind";
      for (const line of a.benefit?.lines ?? []) lines.push(`    · ${formatBenefitLine(line, "en", { messages })}: ${inKind ? "in kind" : money(line.amount, "en")}`);
      for (const line of explainAssessment(a, "en", { messages }).split("\n").slice(1)) lines.push(`    ${line}`);
    }
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(kaltimProgramsDemo().join("\n"));
