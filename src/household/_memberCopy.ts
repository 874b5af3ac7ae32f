import { isoDateNumber } from "../time/isoDate.js";
import type { Person } from "./person.js";

/**
 * The fields of a member that the library's checks read (`MemberFacts`), copied into one object of
 * a fixed shape (absent fields as `undefined`). Parsed members come in as many shapes as there are combinations of
 * recorded fields (65 in a benchmark sample), so every check reading them directly reads through
 * V8's slowest (megamorphic) property lookups, most fields of them outside the object itself; the
 * copies all share one shape. The member's own keys are walked (`for…in` with `person[key]` reads
 * each value by its position in the member's shape, without a lookup); a validated member's fields
 * are its own enumerable data properties, so this reads what `person.field` reads. Never returned
 * to a caller.
 *
 * A trusted household (`parseHousehold`'s) carries its members' copies, made once when it was
 * parsed, frozen, with the income as a whole number (`memberCopies` in _trusted.ts); an
 * assessment of any other household makes its own copies, with the income left to its decimal.
 * @internal
 */
export class MemberCopy {
  birthDate!: Person["birthDate"];
  deathDate: Person["deathDate"];
  relationship!: Person["relationship"];
  sex!: Person["sex"];
  pregnancy: Person["pregnancy"];
  pregnancyOrder: Person["pregnancyOrder"];
  disability: Person["disability"];
  schooling: Person["schooling"];
  employerCategory: Person["employerCategory"];
  monthlyIncome: Person["monthlyIncome"];
  jkn: Person["jkn"];
  healthNeedLetter: Person["healthNeedLetter"];
  /** `birthDate` as the number YYYYMMDD (`isoDateNumber`); `-1` when not known as one. */
  birth: number;
  /** `monthlyIncome` as a whole number below 10^15 (`safeWhole`); `-1` when not known as one. */
  income = -1;

  constructor(person: Person) {
    const fields = person as unknown as Readonly<Record<string, never>>;
    for (const key in fields) {
      switch (key) {
        case "birthDate":
          this.birthDate = fields[key] as never;
          break;
        case "deathDate":
          this.deathDate = fields[key] as never;
          break;
        case "relationship":
          this.relationship = fields[key] as never;
          break;
        case "sex":
          this.sex = fields[key] as never;
          break;
        case "pregnancy":
          this.pregnancy = fields[key] as never;
          break;
        case "pregnancyOrder":
          this.pregnancyOrder = fields[key] as never;
          break;
        case "disability":
          this.disability = fields[key] as never;
          break;
        case "schooling":
          this.schooling = fields[key] as never;
          break;
        case "employerCategory":
          this.employerCategory = fields[key] as never;
          break;
        case "monthlyIncome":
          this.monthlyIncome = fields[key] as never;
          break;
        case "jkn":
          this.jkn = fields[key] as never;
          break;
        case "healthNeedLetter":
          this.healthNeedLetter = fields[key] as never;
          break;
      }
    }
    // A checked birth date is an ISO date (YYYY-MM-DD); anything else is left to the text.
    this.birth = isoDateNumber(this.birthDate);
  }
}
