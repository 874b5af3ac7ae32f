import { TepatSasaranError, failure, issue, type Issue, type IssuePath } from "../message/error.js";
import { interpolate, wordedIn, type BilingualValues, type Language, type MessageTemplate } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import { alignedAmounts } from "../money/_shownAmount.js";

/** A catalogue of the allocate layer (see messages.ts: one per function family). @internal */
type Catalogue = Readonly<Record<string, MessageTemplate>>;

/** Input problems collected before throwing one error that lists them all. @internal */
export class IssueList {
  /** The error each problem would be alone, given the list of every problem. */
  private readonly heads: ((issues: readonly Issue[]) => TepatSasaranError)[] = [];
  private readonly issues: Issue[] = [];

  /** Record one problem. */
  add<C extends Catalogue>(catalogue: C, code: keyof C & string, path: IssuePath, values: BilingualValues): void {
    this.heads.push((issues) => failure(catalogue, code, values, issues));
    this.issues.push(issue(catalogue, code, path, values));
  }

  /** Record another layer's error (e.g. an unreadable rupiah amount, which names no path) at `path`. */
  addError(error: TepatSasaranError, path: IssuePath): void {
    this.heads.push((issues) => new TepatSasaranError(error.code, error.text, issues));
    this.issues.push({ path, code: error.code, message: error.text });
  }

  /** Throw a `TepatSasaranError` named after the first problem, listing every problem, if any. */
  throwIfAny(): void {
    const head = this.heads[0];
    if (head) throw head(this.issues);
  }
}

/** Throw one allocate error at once. @internal */
export function fail<C extends Catalogue>(catalogue: C, code: keyof C & string, values: BilingualValues = {}, path?: IssuePath): never {
  const issues = path ? [issue(catalogue, code, path, values)] : [];
  throw failure(catalogue, code, values, issues);
}

/**
 * Throw one allocate error whose `amounts` are written for each language, exactly (every decimal),
 * after the template's `Rp `: `Rp 1.500` / `Rp 1,500`, `Rp 0,5` / `Rp 0.5`.
 * @internal
 */
export function failAmounts<C extends Catalogue>(catalogue: C, code: keyof C & string, amounts: Readonly<Record<string, Rupiah>>, values: BilingualValues = {}, path?: IssuePath): never {
  const template = catalogue[code] as MessageTemplate;
  const names = Object.keys(amounts);
  const shown = alignedAmounts(...Object.values(amounts));
  const say = (lang: Language) => interpolate(template[lang], { ...wordedIn(values, lang), ...Object.fromEntries(names.map((name, i) => [name, shown[lang][i]])) }, lang);
  const text = { id: say("id"), en: say("en") };
  throw new TepatSasaranError(code, text, path ? [{ path, code, message: text }] : []);
}

/** A short, safe, masked rendering of a bad input value for a message (the message layer's). @internal */
export { describeValue as show } from "../message/redact.js";
