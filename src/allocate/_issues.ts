import { TepatSasaranError, failure, issue, type Issue, type IssuePath } from "../message/error.js";
import { interpolate, wordedIn, type BilingualValues, type Language, type MessageTemplate } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import { bareAmounts } from "../money/_shownAmount.js";

/** A catalogue of the allocate layer (see messages.ts: one per function family). @internal */
type Catalogue = Readonly<Record<string, MessageTemplate>>;

/** Input problems collected before throwing one error that lists them all. @internal */
export class IssueList {
  private readonly first: { catalogue: Catalogue; code: string; values: BilingualValues }[] = [];
  private readonly issues: Issue[] = [];

  /** Record one problem. */
  add<C extends Catalogue>(catalogue: C, code: keyof C & string, path: IssuePath, values: BilingualValues): void {
    this.first.push({ catalogue, code, values });
    this.issues.push(issue(catalogue, code, path, values));
  }

  /** Throw a `TepatSasaranError` named after the first problem, listing every problem, if any. */
  throwIfAny(): void {
    const head = this.first[0];
    if (head) throw failure(head.catalogue, head.code, head.values, this.issues);
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
  const shown = bareAmounts(...Object.values(amounts));
  const say = (lang: Language) => interpolate(template[lang], { ...wordedIn(values, lang), ...Object.fromEntries(names.map((name, i) => [name, shown[lang][i]])) }, lang);
  const text = { id: say("id"), en: say("en") };
  throw new TepatSasaranError(code, text, path ? [{ path, code, message: text }] : []);
}

/** A short, safe, masked rendering of a bad input value for a message (the message layer's). @internal */
export { describeValue as show } from "../message/redact.js";
