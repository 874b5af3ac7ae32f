/**
 * The docs playground: fill a household, pick a date, read every program's decision. Runs entirely
 * in the page (no server): the library is bundled into it by docs/playground/build.ts.
 */
import { assessHousehold, defaultParameters, Household, isIsoDate, kaltim, parseHousehold, renewalsDue, type Language, type Text } from "tepat-sasaran";
import example from "./example.json";
import { fieldFor } from "./form.js";
import { renderAssessment, renderIssues, renderRenewals } from "./render.js";

const WORDS = {
  intro: {
    id: "Isi data rumah tangga (anggota, desil, rumah), pilih tanggal, dan lihat keputusan setiap program beserta alasannya. Kolom kosong berarti tidak tercatat. Semua dihitung di peramban ini.",
    en: "Fill in a household (members, desil, housing), pick a date, and see every program's decision with its reasons. An empty field means not recorded. Everything is computed in this browser.",
  },
  asOf: { id: "Tanggal penilaian", en: "Assessment date" },
  example: { id: "Contoh: keluarga di Kutai Kartanegara", en: "Example: a family in Kutai Kartanegara" },
  clear: { id: "Kosongkan", en: "Clear" },
  assess: { id: "Nilai", en: "Assess" },
  household: { id: "Rumah tangga", en: "Household" },
  result: { id: "Hasil", en: "Result" },
} satisfies Record<string, Text>;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const langInput = byId<HTMLSelectElement>("lang");
const asOfInput = byId<HTMLInputElement>("asOf");
const result = byId<HTMLDivElement>("result");

// Regency codes offered for `regency` (any valid code is accepted): the embedded Kaltim regencies.
const regencies = kaltim.regencies2024.map((region) => ({ value: region.code, label: region.name }));
const form = fieldFor("", Household, { regency: regencies });
byId("household").append(form.element);

function language(): Language {
  return langInput.value === "en" ? "en" : "id";
}

function translate(): void {
  const lang = language();
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const key = node.dataset["text"] as keyof typeof WORDS;
    if (WORDS[key]) node.textContent = WORDS[key][lang];
  }
}

/** Parse what the form holds and assess it on the chosen date; show the issues when it does not parse. */
function update(): void {
  const lang = language();
  result.replaceChildren();
  const asOf = asOfInput.value;
  if (!isIsoDate(asOf)) return;
  const parsed = parseHousehold(form.read() ?? {});
  if (!parsed.success) {
    result.append(renderIssues(parsed.issues, lang));
    return;
  }
  // A minimum wage read in a year the library has no value for is said before the decisions it shapes.
  const due = renewalsDue(defaultParameters(), asOf);
  if (due.length > 0) result.append(renderRenewals(due, asOf, lang));
  result.append(renderAssessment(assessHousehold(parsed.data, { asOf }), lang));
}

langInput.addEventListener("change", () => {
  translate();
  update();
});
asOfInput.addEventListener("change", update);
byId("assess").addEventListener("click", update);
// The example's desil was read on 2025-03-01: it is current (at most 6 months old) on this date, so
// the example shows decisions rather than "undetermined" for a stale desil, whatever today is.
const EXAMPLE_AS_OF = "2025-07-01";
byId("example").addEventListener("click", () => {
  form.write(example);
  asOfInput.value = EXAMPLE_AS_OF;
  update();
});
byId("clear").addEventListener("click", () => {
  form.write({});
  update();
});

// Start with the example filled in, on its date; a caseworker picks today's or any other.
asOfInput.value = EXAMPLE_AS_OF;
form.write(example);
translate();
update();
