/**
 * The "Example data" page: every free name of the TSDoc examples (`household`, `options`, a rule `a`,
 * `use`, …) with its type, what it stands for, and its value, read from the values the examples run
 * on (test/docs/_exampleScope.ts, built from test/fixtures), so the page cannot drift from them.
 * Tested by test/docs/exampleData.test.ts; docs/build.ts writes it to docs/generated/example-data.md.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { maskNik } from "../src/index.js";
import { exampleScope, readerData, type ExampleScope } from "../test/docs/_exampleScope.js";
import { FIXTURE_AS_OF, householdFixtures } from "../test/fixtures/index.js";

const SCOPE_FILE = fileURLToPath(new URL("../test/docs/_exampleScope.ts", import.meta.url));

/**
 * How a name is shown. `definition`: a JavaScript expression over the library's exports, the names
 * above it and `fixed` (test/docs/exampleData.test.ts evaluates it and compares with the value);
 * `show`: the value as JSON, as the ids of a list of households, as one household, or not at all.
 */
interface NameDoc {
  readonly about: string;
  readonly definition?: string;
  readonly show?: "json" | "ids" | "household" | "none";
}

/** A check of the reader's own with a fixed outcome, as the rules `a`, `b`, `waterGap`, … are. */
export const FIXED_RULE = `(code, passes) => check({ code, message: { id: "cek " + code, en: "check " + code }, evaluate: () => outcome(passes, true, passes) })`;

const day = `"${FIXTURE_AS_OF}"`;
const fixedRule = (code: string, passes: boolean, about: string): NameDoc => ({ about, definition: `fixed("${code}", ${passes})` });

/** What each name stands for and how it is shown; one entry per member of `ExampleScope` (the type says so). */
export const NAMES: { readonly [K in keyof ExampleScope]-?: NameDoc } = {
  household: { about: "One household (*keluarga*) of yours: the Kukar PKH family, desil 1.", show: "household" },
  households: { about: "Your registry (*data keluarga*): synthetic households of the ten Kaltim regencies, each with a monthly consumption.", show: "ids" },
  northHouseholds: { about: "One partition of `households`, whole regencies (as `mergeSimulations` needs with per-regency budgets): Paser, Kutai Kartanegara and Berau.", definition: `households.filter((h) => h.regency < "64.07")`, show: "ids" },
  southHouseholds: { about: "The other partition: the regencies from Kutai Barat (64.07) on.", definition: `households.filter((h) => h.regency >= "64.07")`, show: "ids" },
  fourMembers: { about: "A household of four members.", show: "household" },
  uninsuredFamily: { about: "The elderly couple of Mahakam Ulu (`mahulu-02`) with no JKN membership: `jkn` is `\"none\"` for both.", show: "household" },
  rtlhOwner: { about: "The Kukar widow (`kukar-02`) in her damaged house (*rumah tidak layak huni*, RTLH), owned on certified land since 2010, her only house; no member has an income.", show: "household" },
  payments: { about: "A payment list (SP2D): Sembako, tahap 2025-III, Rp600.000 each to the first two households, paid on 2025-08-14.", show: "json" },
  payment: { about: "The first of `payments`.", show: "json" },
  options: { about: "Simulation options: scenario `cash` (PKH, and Sembako within Rp2.400.000 per regency), a poverty line per regency (Rp720.000 a month in Kutai Timur, 64.08, Rp800.000 elsewhere).", show: "json" },
  context: { about: "The context a rule is evaluated in: `household` on the fixtures' date, with the default parameters.", definition: `{ asOf: ${day}, parameters: createParameterReader(defaultParameters(), ${day}), household, facts: householdFacts(household, ${day}), inputs: {} }` },
  ranked: { about: "The households of `ranking`, best first.", definition: "[...ranking.households]" },
  ranking: { about: "`households` ranked by desil alone.", definition: `rankHouseholds(households, { asOf: ${day}, score: [{ kind: "desil", weight: 1 }], missing: "exclude" })` },
  statusQuo: { about: "The simulation of `options` (scenario `cash`) on `households`.", definition: "simulate(households, options)" },
  proposal: { about: "The scenario `proposal` (PKH, Sembako and PBI-JKN, no budget) on `households`.", definition: `simulate(households, { ...options, scenario: { name: "proposal", programs: ["pkh", "sembako", "pbi_jkn"] } })` },
  expenditureOnly: { about: "A simulation result of yours; here `proposal`.", definition: "proposal" },
  combined: { about: "A simulation result of yours; here `proposal`.", definition: "proposal" },
  north: { about: "The payment audit of the first 13 of `households` with `payments`, at the end of the quarter.", definition: `auditPayments(households.slice(0, 13), payments, { asOf: "2025-09-30" })` },
  south: { about: "The payment audit of the other households, with no payments.", definition: `auditPayments(households.slice(13), [], { asOf: "2025-09-30" })` },
  rows: { about: "The Alkire–Foster rows of `households`: one per household, with its deprivations.", definition: `[...householdIndicatorMatrix(households, { asOf: ${day}, missing: "reweight" }).rows]` },
  indicators: { about: "The household indicators of the multidimensional poverty index (MPI).", definition: "householdIndicatorSet()" },
  assessment: { about: "PKH assessed for `household`.", definition: `assess("pkh", pkh.rule, context)` },
  result: { about: "The PKH rule evaluated for `samarinda-04`, a retired household in desil 6, whom PKH turns down.", definition: `evaluateRule(pkh.rule, { ...context, household: households.find((h) => h.id === "samarinda-04"), facts: householdFacts(households.find((h) => h.id === "samarinda-04"), ${day}) })` },
  desil: { about: "A desil (welfare decile of DTSEN, 1 the poorest).", show: "json" },
  text: { about: "A check's result as JSON text, as an app stores it.", definition: "JSON.stringify(assessment.checks[0])" },
  stream: { about: "An open stream of households (`readHouseholdsCsv` of `tepat-sasaran/node`). The one example using it is type-checked, not run: it has no value here.", show: "none" },
  a: fixedRule("x.a", true, "A rule of yours that passes."),
  b: fixedRule("x.b", false, "A rule of yours that fails."),
  c: fixedRule("x.c", true, "Another rule of yours that passes."),
  desilInRange: { about: "PKH's desil check.", definition: `desilInRangeCheck("pkh")` },
  noExcludedMember: { about: "PKH's check that no member has an excluded occupation.", definition: `noExcludedMemberCheck("pkh")` },
  waterGap: fixedRule("wash.water_gap", true, "A water check of your own WASH program; passes."),
  sanitationGap: fixedRule("wash.sanitation_gap", false, "A sanitation check of your own WASH program; fails."),
  receivesOtherAid: fixedRule("x.other_aid", false, "A check of yours that the household receives other aid; fails."),
  neglectedElder: fixedRule("kukar_lansia.neglected_elder", true, "A check of a regency's own top-up for neglected elderly (*lansia terlantar*); passes."),
  desilCurrent: { about: "PKH's check that the desil is recent enough.", definition: `desilCurrentCheck("pkh")` },
  dtksCurrent: { about: "PKH's check that the DTKS record is recent enough.", definition: `dtksCurrentCheck("pkh")` },
  dtksMember: { about: "PKH's check that the household is in the DTKS.", definition: `dtksMemberCheck("pkh")` },
  fourteenCriteria: { about: "The 14 BPS poverty criteria as checks of your own: the first 10 pass, the last 4 fail.", definition: `Array.from({ length: 14 }, (_, i) => fixed("bps.criterion_" + (i + 1), i < 10))` },
  washMessages: { about: "The messages of your own WASH checks, by code, in Bahasa Indonesia and English.", show: "json" },
  pbiPremium: { about: "A dated parameter of yours: the PBI-JKN premium.", show: "json" },
  set: { about: "A parameter set holding `pbiPremium`.", definition: "defineParameterSet([pbiPremium])" },
  kukarAmount: { about: "A regency's own dated parameter: the amount of its elderly top-up.", show: "json" },
  kukarDesil: { about: "A regency's own dated parameter: the desil range of its elderly top-up.", show: "json" },
  use: { about: "A function of yours that takes a value (to show it, store it, …).", definition: "() => undefined" },
  report: { about: "A function of yours that reports a value.", definition: "() => undefined" },
  write: { about: "A function of yours that writes a value.", definition: "() => undefined" },
  followUp: { about: "A writable of yours (a file, a socket) for follow-up lines.", definition: "{ write: () => true }" },
  count: { about: "A counter of yours.", show: "json" },
};

/** One member of `ExampleScope` as declared: name, type, and the group comment it starts (`// Data.`). */
export interface ScopeMember {
  readonly name: string;
  readonly type: string;
  readonly group: string | undefined;
}

/** The members of `ExampleScope` in test/docs/_exampleScope.ts, in order, local type aliases expanded. */
export function scopeMembers(file = SCOPE_FILE): ScopeMember[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const aliases = new Map<string, string>();
  let scope: ts.InterfaceDeclaration | undefined;
  source.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type.getText(source));
    if (ts.isInterfaceDeclaration(node) && node.name.text === "ExampleScope") scope = node;
  });
  if (scope === undefined) throw new Error(`no interface ExampleScope in ${file}`);
  return scope.members.map((member) => {
    const comment = ts.getLeadingCommentRanges(text, member.pos)?.at(-1);
    const group = comment === undefined ? undefined : text.slice(comment.pos, comment.end).replace(/^\/\/\s*/, "").replace(/\.$/, "");
    const type = (member as ts.PropertySignature).type?.getText(source) ?? "unknown";
    return { name: member.name!.getText(source), type: aliases.get(type) ?? type, group };
  });
}

/** `value` as JSON with every NIK and KK masked (`maskNik`), as the page shows it. */
export function maskedJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => ((key === "nik" || key === "kk") && typeof v === "string" ? maskNik(v) : v));
}

/** JSON on one line, with a space after `:` and `,`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (typeof value === "object" && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")} }`;
  return JSON.stringify(value);
}

/** Compact JSON: an object one member a line, a list of objects one item a line, the rest inline. */
export function compactJson(value: unknown): string {
  const item = (v: unknown, indent: string): string =>
    Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null) ? `[\n${v.map((x) => `${indent}  ${inline(x)}`).join(",\n")}\n${indent}]` : inline(v);
  if (Array.isArray(value)) return item(value, "");
  if (typeof value === "object" && value !== null) return `{\n${Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}: ${item(v, "  ")}`).join(",\n")}\n}`;
  return inline(value);
}

/** A value shown inline at most this long; a longer one goes under Longer values. */
const INLINE = 90;
const code = (text: string) => `\`${text}\``;
/** A link to the section of `title` (headings are plain text, so their anchor is the text in lower case). */
const linkTo = (text: string, title: string) => `[${text}](#${title.toLowerCase()})`;
const idList = (list: readonly { id: string }[]) => `${list.length} households: ${list.map((h) => code(h.id)).join(", ")}`;

/** The "Example data" page, from `data` (the example scope's values; built here when not given). */
export function exampleDataPage(data: Partial<ExampleScope> = exampleScope(readerData())): string {
  const scope = data as Record<string, unknown>;
  const households = data.households ?? [];
  const json = (value: unknown) => JSON.stringify(maskedJson(value));
  const fixtureIds = new Map(households.map((h) => [json(h), h.id]));
  const below: string[] = [];
  const ownHouseholds: string[] = [];
  const amongThem: string[] = [];
  const valueText = (name: string, doc: NameDoc): string => {
    const value = scope[name];
    const parts: string[] = [];
    if (doc.definition !== undefined) parts.push(doc.definition.length <= INLINE ? code(doc.definition) : linkTo("below", name));
    if (doc.definition !== undefined && doc.definition.length > INLINE) below.push(`### ${name}\n\n\`\`\`js\n${doc.definition}\n\`\`\`\n`);
    if (doc.show === "ids") parts.push(idList(value as { id: string }[]));
    if (doc.show === "none") parts.push("none");
    if (doc.show === "household") {
      const id = fixtureIds.get(json(value));
      if (id !== undefined) {
        amongThem.push(name);
        parts.push(`the household ${linkTo(code(id), id)}`);
      } else {
        ownHouseholds.push(name);
        parts.push(`${linkTo("its JSON", name)}, under Households`);
      }
    }
    if (doc.show === "json") {
      const text = inline(maskedJson(value));
      if (text.length <= INLINE) parts.push(code(text));
      else {
        parts.push(linkTo("below", name));
        below.push(`### ${name}\n\n\`\`\`json\n${compactJson(maskedJson(value))}\n\`\`\`\n`);
      }
    }
    return parts.join(": ");
  };
  const lists: string[] = [];
  for (const member of scopeMembers()) {
    const doc = (NAMES as Record<string, NameDoc | undefined>)[member.name];
    if (doc === undefined) throw new Error(`docs/exampleData.ts: no entry in NAMES for the example scope's ${member.name}`);
    if (member.group !== undefined) lists.push("", `## ${member.group}`, "");
    lists.push(`- ${code(member.name)} (${code(member.type)}): ${doc.about} Value: ${valueText(member.name, doc)}.`);
  }
  const note = (id: string) => householdFixtures.find((f) => f.household.id === id)?.note;
  return [
    "---",
    "title: Example data",
    "---",
    "",
    "<!-- Generated by docs/build.ts from test/docs/_exampleScope.ts and test/fixtures; do not edit by hand. -->",
    "",
    "# Example data",
    "",
    "The examples of the API reference use some names without defining them: `household`, `households`, `options`, a rule `a`, a callback `use`, … They stand for your own data and code. Every example is checked: it is type-checked with the types below and run on the values below, and each claim `expr //=> value` is compared with what the code gives on them. So a claim such as `simulate(households, options).total.lifted //=> { households: 1, persons: 4 }` holds for the `households` and `options` shown here; on your data the value differs.",
    "",
    `The households are synthetic: families of Kalimantan Timur (Kaltim) described on ${FIXTURE_AS_OF}, the date the examples decide for (\`asOf\`). They are written as the JSON an app parses with \`parseHousehold\`: amounts (Rupiah) are decimal strings. NIK and KK numbers are masked here with \`maskNik\` (\`6402••••••••0001\`), as the library shows them; in the data they are synthetic numbers of district 99, which no Kaltim regency has.`,
    "",
    `A value written as an expression (a definition) is built with the library's exports from the names above it; \`fixed(code, passes)\` is a check of your own with a fixed outcome:`,
    "",
    "```js",
    `const fixed = ${FIXED_RULE};`,
    "```",
    ...lists,
    "",
    ...(below.length > 0 ? ["## Longer values", "", ...below] : []),
    "## Households",
    "",
    `\`households\` holds ${households.length} households${amongThem.length > 0 ? `; ${amongThem.map(code).join(" and ")} ${amongThem.length > 1 ? "are" : "is"} among them` : ""}. Each is shown once, with a note on what it is for; then come the households of the names that are not among them.`,
    "",
    ...households.map((h) => `### ${h.id}\n\n${note(h.id) ?? ""}\n\n\`\`\`json\n${compactJson(maskedJson(h))}\n\`\`\`\n`),
    ...ownHouseholds.map((name) => `### ${name}\n\n${NAMES[name as keyof ExampleScope].about}\n\n\`\`\`json\n${compactJson(maskedJson(scope[name]))}\n\`\`\`\n`),
  ].join("\n");
}
