import { defineMessages } from "../message/message.js";

/**
 * Texts of scenario verification that only `tepat-sasaran/verify` shows: a scenario file of the
 * wrong shape, an expected check code the program does not have, an override value of another kind.
 * @internal
 */
export const verifyMessages = /* @__PURE__ */ defineMessages({
  "program.scenario.not_a_file": {
    id: "Skenario harus berupa tabel { cases: [...] } atau larik (array) kasus, bukan {value}",
    en: "Scenarios must be a table { cases: [...] } or an array of cases, not {value}",
  },
  "program.scenario.unknown_check": {
    id: "Program {program} tidak memiliki pemeriksaan {code}; pemeriksaannya: {codes}",
    en: "Program {program} has no check {code}; its checks are {codes}",
  },
  "program.scenario.parameter_value": {
    id: "Nilai parameter {parameter} harus sejenis dengan nilainya sendiri ({examples}), bukan {value}",
    en: "Parameter {parameter} takes a value of the same kind as its own ({examples}), not {value}",
  },
});
