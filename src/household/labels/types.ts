/**
 * One value of a household enum as people read and write it: its label in Bahasa Indonesia (the
 * wording of the KK, Susenas and DTSEN forms) and in English, and other spellings that Dinsos
 * exports use. The CSV reader accepts the code, the Indonesian label and every alias (any case).
 * @category Households
 */
export interface EnumLabel {
  /** Label in Bahasa Indonesia, e.g. `"kepala keluarga"`. */
  readonly id: string;
  /** Label in English, e.g. `"head of family"`. */
  readonly en: string;
  /** Other spellings accepted in CSV cells, lower case, e.g. `["kepala", "krt"]`. */
  readonly aliases?: readonly string[];
}

/**
 * The labels of every value of one enum, keyed by the value's code.
 * @category Households
 */
export type EnumLabels = Readonly<Record<string, EnumLabel>>;
