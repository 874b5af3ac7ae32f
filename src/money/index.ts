export {
  Rupiah,
  rupiah,
  isRupiah,
  sumRupiah,
  minRupiah,
  maxRupiah,
  ZERO_RUPIAH,
  type RupiahInput,
  type RatioInput,
  type RupiahOptions,
  type RoundingMode,
  type RoundOptions,
} from "./rupiah.js";
export { allocateRupiah, type AllocateRupiahOptions } from "./allocateRupiah.js";
export { formatRupiah, parseRupiah, type FormatRupiahOptions, type ParseRupiahOptions } from "./format.js";
export { RupiahSchema, WholeRupiahSchema } from "./schema.js";
