import { deepFreeze } from "../_internal/deepFreeze.js";
import { failure, guarded } from "../message/error.js";
import type { MessageTemplate } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import type { DatedParameter } from "../time/parameter.js";
import { defineParameterSet, type ParameterSet } from "../time/parameterSet.js";
import { airSanitasi } from "./air_sanitasi/airSanitasi.js";
import { bsps } from "./bsps/bsps.js";
import { kube } from "./kube/kube.js";
import { programMessages } from "./messages.js";
import { readPrograms } from "./_arguments.js";
import { pbiJkn } from "./pbi_jkn/pbiJkn.js";
import { pbiPemda } from "./pbi_pemda/pbiPemda.js";
import { pena } from "./pena/pena.js";
import { pip } from "./pip/pip.js";
import { pkh } from "./pkh/pkh.js";
import type { Program } from "./program.js";
import { rutilahu } from "./rutilahu/rutilahu.js";
import { sekolahRakyat } from "./sekolah_rakyat/sekolahRakyat.js";
import { sembako } from "./sembako/sembako.js";

/**
 * The library's program catalogue, in the order assessments list them: PKH, Sembako/BPNT, PBI-JKN,
 * PBI through the regional budget (PBPU Pemda), PIP (reduce expenditure); PENA, KUBE (raise
 * income); Kemensos house repair (RS-Rutilahu/RST), BSPS, water and sanitation (improve the
 * settlement); Sekolah Rakyat (education).
 * @example PROGRAMS.map((p) => p.id) //=> ["pkh", "sembako", "pbi_jkn", "pbi_pemda", "pip", "pena", "kube", "rutilahu", "bsps", "air_sanitasi", "sekolah_rakyat"]
 * @category Programs
 */
export const PROGRAMS: readonly Program[] = /* @__PURE__ */ deepFreeze([pkh, sembako, pbiJkn, pbiPemda, pip, pena, kube, rutilahu, bsps, airSanitasi, sekolahRakyat]);

/**
 * The parameters of a list of programs as one set (a parameter shared by several programs, such as
 * `dtsen.desil_max_age_months`, appears once). Two different parameters with the same id are an
 * error (`time.parameter_invalid`).
 *
 * @param programs - The programs (default: the catalogue).
 * @returns The parameter set; derive office variants with `overrideParameters`.
 * @example
 * const set = overrideParameters(defaultParameters(), {
 *   "pkh.elderly_min_age": [{ from: "2021-01-01", value: 60, source: "UU 13/1998: lanjut usia 60+ [M]" }],
 * });
 * @category Programs
 */
export function defaultParameters(programs: readonly Program[] = PROGRAMS): ParameterSet {
  return guarded("defaultParameters", () => defineParameterSet(uniqueParameters(readPrograms(programs, "defaultParameters"))));
}

/** Parameters of the programs, each object once, in order. @internal */
export function uniqueParameters(programs: readonly Program[]): DatedParameter[] {
  const seen = new Set<DatedParameter>();
  const out: DatedParameter[] = [];
  for (const program of programs) {
    for (const parameter of program.parameters) {
      if (!seen.has(parameter)) {
        seen.add(parameter);
        out.push(parameter);
      }
    }
  }
  return out;
}

/**
 * A catalogue program by id; throws `program.unknown_program` for an unknown id.
 *
 * @param id - The program id, e.g. `"pkh"`.
 * @returns The program.
 * @example
 * programById("sembako").approach //=> "reduce-expenditure"
 * @category Programs
 */
export function programById(id: string): Program {
  const found = PROGRAMS.find((p) => p.id === id);
  if (!found) throw failure(programMessages, "program.unknown_program", { program: describeValue(id), known: PROGRAMS.map((p) => p.id).join(", ") });
  return found;
}

/**
 * Every message the given programs can emit (checks and benefit lines), for formatting assessments
 * read back from JSON with `formatCheck(check, lang, { messages })`.
 *
 * @param programs - The programs (default: the catalogue).
 * @returns Code → message.
 * @example
 * formatCheck(JSON.parse(text), "en", { messages: programCatalogue() })
 * @category Programs
 */
export function programCatalogue(programs: readonly Program[] = PROGRAMS): Readonly<Record<string, MessageTemplate>> {
  return guarded("programCatalogue", () => {
    const out: Record<string, MessageTemplate> = { ...programMessages };
    for (const program of readPrograms(programs, "programCatalogue")) Object.assign(out, program.messages);
    return out;
  });
}
