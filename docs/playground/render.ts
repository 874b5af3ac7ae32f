/**
 * The result of an assessment as a caseworker reads it: per program the decision, every check with
 * its reason, the nearest way to "yes" when it is not, and the payment schedule in Rupiah. Every
 * sentence comes from the library (`explainAssessment`, `formatCheck`, the programs' messages).
 */
import {
  explainAssessment,
  formatBenefitLine,
  formatCheck,
  formatCheckValue,
  interpolate,
  type HouseholdAssessment,
  type Issue,
  type Language,
  type ProgramAssessment,
  type RenewalDue,
  type Rupiah,
  type Text,
} from "tepat-sasaran";
import { element } from "./dom.js";

const WORDS = {
  checks: { id: "Alasan", en: "Reasons" },
  nearest: { id: "Jalan terdekat menuju layak", en: "Nearest way to yes" },
  priority: { id: "Prioritas (tidak menentukan kelayakan)", en: "Priority (does not decide eligibility)" },
  schedule: { id: "Jadwal pembayaran", en: "Payment schedule" },
  period: { id: "Periode", en: "Period" },
  from: { id: "Mulai", en: "From" },
  to: { id: "Sampai", en: "To" },
  amount: { id: "Jumlah", en: "Amount" },
  total: { id: "Total setahun untuk rumah tangga ini", en: "Total for the year for this household" },
  invalid: { id: "Data rumah tangga belum valid", en: "The household data is not valid yet" },
  eligible: { id: "layak", en: "eligible" },
  "not-eligible": { id: "tidak layak", en: "not eligible" },
  undetermined: { id: "belum dapat dipastikan", en: "undetermined" },
  renewal: {
    id: "Catatan: {parameter} ditetapkan setiap tahun dan pustaka ini belum memuat nilai {year}, jadi nilai sejak {from} dipakai.",
    en: "Note: {parameter} is set every year and this library has no {year} value yet, so the value from {from} is used.",
  },
} satisfies Record<string, Text>;

/** An amount the way of the language: `Rp200.000` in Bahasa Indonesia, `Rp200,000` in English. */
function money(amount: Rupiah, lang: Language): string {
  return formatCheckValue({ rupiah: amount.toString() }, lang);
}

function listOf(className: string, lines: readonly string[]): HTMLUListElement {
  const list = element("ul", { class: className });
  for (const line of lines) list.append(element("li", {}, line));
  return list;
}

function schedule(assessment: ProgramAssessment, lang: Language): HTMLElement[] {
  const benefit = assessment.benefit;
  if (!benefit) return [];
  const table = element("table", { class: "schedule" });
  const head = table.insertRow();
  for (const word of [WORDS.period, WORDS.from, WORDS.to, WORDS.amount]) head.append(element("th", {}, word[lang]));
  for (const period of benefit.periods) {
    const row = table.insertRow();
    for (const cell of [period.label, period.start, period.end, money(period.amount, lang)]) row.insertCell().textContent = cell;
  }
  // `{person}` in a line's message is the member it is for, counted from 1 as on the form.
  const lines = benefit.lines.map((line) => `${formatBenefitLine(line, lang)}: ${money(line.amount, lang)}`);
  const heading = element("h4", {}, `${WORDS.schedule[lang]}: ${money(benefit.total, lang)}`);
  return benefit.periods.length > 0 ? [heading, table, listOf("lines", lines)] : [heading, listOf("lines", lines)];
}

function programCard(assessment: ProgramAssessment, lang: Language): HTMLElement {
  const card = element("section", { class: "program" });
  card.dataset["program"] = assessment.program;
  card.dataset["status"] = assessment.status;
  const name = assessment.name?.[lang] ?? assessment.program;
  const title = element("h3", {}, name);
  title.append(element("span", { class: `status ${assessment.status}` }, WORDS[assessment.status][lang]));
  card.append(title, element("p", { class: "headline" }, explainAssessment(assessment, lang).split("\n")[0]));
  card.append(element("h4", {}, WORDS.checks[lang]), listOf("checks", assessment.checks.map((check) => formatCheck(check, lang))));
  if (!assessment.eligible && assessment.nearest && assessment.nearest.length > 0) {
    card.append(element("h4", {}, WORDS.nearest[lang]), listOf("nearest", assessment.nearest.map((check) => formatCheck(check, lang))));
  }
  if (assessment.priority) {
    const leaves = assessment.priority.children ?? [assessment.priority];
    card.append(element("h4", {}, WORDS.priority[lang]), listOf("priority", leaves.map((check) => formatCheck(check, lang))));
  }
  card.append(...schedule(assessment, lang));
  return card;
}

/** Every program's decision, in the order of the assessment (the catalogue's order). */
export function renderAssessment(result: HouseholdAssessment, lang: Language): HTMLElement {
  const box = element("div", { class: "assessment" });
  box.append(element("p", { class: "total" }, `${WORDS.total[lang]}: ${money(result.total, lang)}`));
  for (const assessment of result.programs) box.append(programCard(assessment, lang));
  return box;
}

/** What `parseHousehold` found wrong, each issue with its path, in the chosen language. */
export function renderIssues(issues: readonly Issue[], lang: Language): HTMLElement {
  const box = element("div", { class: "issues" });
  box.append(element("h3", {}, WORDS.invalid[lang]));
  box.append(listOf("issue-list", issues.map((issue) => `${issue.path.join(".") || "—"}: ${issue.message[lang]}`)));
  return box;
}

/** The parameters set every year that have no value for the date's year (`renewalsDue`): one note each. */
export function renderRenewals(due: readonly RenewalDue[], asOf: string, lang: Language): HTMLElement {
  return listOf("renewals", due.map((d) => interpolate(WORDS.renewal[lang], { parameter: d.id, year: asOf.slice(0, 4), from: d.from })));
}
