import { defineMessages } from "./message.js";

/** Error texts of the message layer: a caller's bad template or language. @internal */
export const messageMessages = /* @__PURE__ */ defineMessages({
  "message.bad_template": {
    id: "Templat pesan harus berisi teks id dan en, bukan {value}",
    en: "A message template must have id and en texts, not {value}",
  },
  "message.bad_language": {
    id: "Bahasa harus \"id\" atau \"en\", bukan {value}",
    en: "The language must be \"id\" or \"en\", not {value}",
  },
});

/** A number that is not finite in words, as a message writes it (a caller's own check can give one). @internal */
export const numberMessages = /* @__PURE__ */ defineMessages({
  "number.not_a_number": { id: "bukan angka", en: "not a number" },
  "number.infinity": { id: "tak hingga", en: "infinity" },
  "number.negative_infinity": { id: "minus tak hingga", en: "minus infinity" },
});

/** The text of input that cannot be read at all, which any function can need. @internal */
export const unreadableMessages = /* @__PURE__ */ defineMessages({
  "input.unreadable": {
    id: "{what}: nilai yang diberikan tidak dapat dibaca (membacanya menimbulkan {kind}; bentuknya salah, getter, Proxy, terlalu dalam?)",
    en: "{what}: a value passed in cannot be read (reading it raised {kind}; the wrong shape, a getter, a Proxy, too deep?)",
  },
});

/** Texts for input of the wrong shape, for layers that check it by hand. @internal */
export const inputMessages = /* @__PURE__ */ defineMessages({
  "input.not_an_object": {
    id: "{what} harus berupa objek, bukan {value}",
    en: "{what} must be an object, not {value}",
  },
  "input.not_a_list": {
    id: "{what} harus berupa larik (array), bukan {value}",
    en: "{what} must be an array, not {value}",
  },
  "input.hole": {
    id: "{what} memiliki lubang (entri kosong) pada indeks {index}; setiap posisi harus berisi nilai",
    en: "{what} has a hole (an empty slot) at index {index}; every position must hold a value",
  },
  "input.too_long": {
    id: "{what} berisi {length} entri; paling banyak {max}",
    en: "{what} has {length} entries; at most {max} are accepted",
  },
});
