import type * as z from "zod";
import { en, id } from "zod/locales";
import type { Issue } from "./error.js";
import type { Text } from "./message.js";

// Named imports of the two locales (not `z.locales.*`), so that bundlers drop zod's other locales.
const idLocale = /* @__PURE__ */ id();
const enLocale = /* @__PURE__ */ en();

function render(locale: { localeError: (issue: never) => unknown }, issue: z.core.$ZodIssue): string {
  const out = locale.localeError(issue as never);
  if (typeof out === "string") return out;
  if (out && typeof out === "object" && "message" in out && typeof out.message === "string") return out.message;
  return issue.message;
}

/**
 * What a refinement puts in a zod custom issue's `params` so that {@link toIssues} can give it a
 * stable code and bilingual text.
 * @internal
 */
export interface CustomIssueParams {
  readonly code: string;
  readonly text: Text;
}

/**
 * Convert zod issues into library issues with a stable code and text in both languages.
 * Built-in zod issues get code `input.<zod code>` and zod's own `id`/`en` locale wording; custom
 * issues carry their code and text in `params`. The offending input is never copied into the issue.
 * Parse with `{ reportInput: true }` so zod's wording can name the received type.
 * @internal
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return issues.map((zodIssue) => {
    const path = [...prefix, ...zodIssue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const params = (zodIssue as { params?: Partial<CustomIssueParams> }).params;
    if (zodIssue.code === "custom" && params?.code && params.text) {
      return { path, code: params.code, message: params.text };
    }
    return {
      path,
      code: `input.${zodIssue.code}`,
      message: { id: render(idLocale, zodIssue), en: render(enLocale, zodIssue) },
    };
  });
}
