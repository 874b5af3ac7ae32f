import { failure, issue, type Issue, type IssuePath } from "../message/error.js";
import type { MessageTemplate, MessageValues } from "../message/message.js";

/** A catalogue of the allocate layer (see messages.ts: one per function family). @internal */
type Catalogue = Readonly<Record<string, MessageTemplate>>;

/** Input problems collected before throwing one error that lists them all. @internal */
export class IssueList {
  private readonly first: { catalogue: Catalogue; code: string; values: MessageValues }[] = [];
  private readonly issues: Issue[] = [];

  /** Record one problem. */
  add<C extends Catalogue>(catalogue: C, code: keyof C & string, path: IssuePath, values: MessageValues): void {
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
export function fail<C extends Catalogue>(catalogue: C, code: keyof C & string, values: MessageValues = {}, path?: IssuePath): never {
  const issues = path ? [issue(catalogue, code, path, values)] : [];
  throw failure(catalogue, code, values, issues);
}

/** A short, safe, masked rendering of a bad input value for a message (the message layer's). @internal */
export { describeValue as show } from "../message/redact.js";
