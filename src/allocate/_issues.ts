import { failure, issue, type Issue, type IssuePath } from "../message/error.js";
import type { MessageValues } from "../message/message.js";
import { allocateMessages } from "./messages.js";

/** A code of the allocate catalogue. @internal */
export type AllocateCode = keyof typeof allocateMessages;

/** Input problems collected before throwing one error that lists them all. @internal */
export class IssueList {
  private readonly first: { code: AllocateCode; values: MessageValues }[] = [];
  private readonly issues: Issue[] = [];

  /** Record one problem. */
  add(code: AllocateCode, path: IssuePath, values: MessageValues): void {
    this.first.push({ code, values });
    this.issues.push(issue(allocateMessages, code, path, values));
  }

  /** Throw a `TepatSasaranError` named after the first problem, listing every problem, if any. */
  throwIfAny(): void {
    const head = this.first[0];
    if (head) throw failure(allocateMessages, head.code, head.values, this.issues);
  }
}

/** Throw one allocate error at once. @internal */
export function fail(code: AllocateCode, values: MessageValues = {}, path?: IssuePath): never {
  const issues = path ? [issue(allocateMessages, code, path, values)] : [];
  throw failure(allocateMessages, code, values, issues);
}

/** A short, safe, masked rendering of a bad input value for a message (the message layer's). @internal */
export { describeValue as show } from "../message/redact.js";
