import * as z from "zod/mini";
import type { Text } from "../message/message.js";
import { toIssues } from "../message/zod.js";
import type { AssessmentInputs } from "../program/program.js";
import { IsoDateSchema } from "../time/isoDate.js";
import { CliError, masked, option, readJsonObject, say, type CommandContext } from "./context.js";
import { cliMessages } from "./messages.js";

/** The assessment inputs of one household (`--inputs`, a scenario's `inputs`): unknown keys are errors. @internal */
export const Inputs = z.strictObject({
  consents: z.optional(z.union([z.boolean(), z.record(z.string().check(z.regex(/^\d+$/)), z.boolean())])),
  exitCommitment: z.optional(z.boolean()),
  grantDate: z.optional(IsoDateSchema),
  kubeGroupSize: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
});

/**
 * What is wrong with one household's inputs (the first three problems), each as `where.path: text`
 * in both languages; none when they are sound. `consents` of neither shape gets a message naming
 * both, where zod says only "Invalid input". @internal
 */
export function inputProblems(value: unknown, where: string): Text[] {
  const parsed = Inputs.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
  return toIssues(parsed.error.issues.slice(0, 3)).map((issue) => {
    const at = [where, ...issue.path].filter((part) => part !== "").join(".");
    const text = issue.code === "input.invalid_union" && issue.path[0] === "consents" ? cliMessages["cli.inputs_consents"] : issue.message;
    return { id: `${at}: ${text.id}`, en: `${at}: ${text.en}` };
  });
}

/** Per-household assessment inputs from `--inputs FILE`. @internal */
export interface InputsFile {
  readonly file: string;
  /** The inputs of a household: the `"*"` entry, then its own entry over it. */
  readonly of: (householdId: string) => AssessmentInputs;
  /** Header lines that declare the inputs. */
  readonly describe: () => string[];
  /** Households of the file never seen in the data: a warning line, or nothing. */
  readonly unused: () => string | undefined;
}

/**
 * Read `--inputs FILE`: a JSON object whose keys are household ids (and `"*"` for every household)
 * and whose values are the assessment inputs the household record lacks: `exitCommitment` (PENA),
 * `consents` (Sekolah Rakyat: `true`/`false`, or per member index `{ "2": true }`), `grantDate`
 * (PENA/KUBE), `kubeGroupSize`. Unknown keys and wrong types are errors naming the household.
 * @internal
 */
export function inputsOption(context: CommandContext): InputsFile | undefined {
  const file = option(context, "inputs");
  if (file === undefined) return undefined;
  const data = readJsonObject(file, '{ "*": { "exitCommitment": true }, "<household id>": { "consents": true } }');
  const entries = new Map<string, AssessmentInputs>();
  const problems: Text[] = [];
  for (const [id, value] of Object.entries(data)) {
    const found = inputProblems(value, masked(id));
    if (found.length === 0) entries.set(id, value as AssessmentInputs);
    else problems.push(...found.map((p) => ({ id: `${file}: ${p.id}`, en: `${file}: ${p.en}` })));
  }
  if (problems.length > 0) {
    const first = problems.slice(0, 10);
    throw new CliError(1, { id: first.map((p) => p.id).join("\n"), en: first.map((p) => p.en).join("\n") });
  }
  const all = entries.get("*") ?? {};
  entries.delete("*");
  const seen = new Set<string>();
  return {
    file,
    of: (householdId) => {
      const own = entries.get(householdId);
      if (own === undefined) return all;
      seen.add(householdId);
      return { ...all, ...own };
    },
    describe: () => {
      const keys = Object.keys(all);
      const every = keys.length > 0 ? say(context, "cli.inputs_all", { keys: keys.map((k) => `${k}=${JSON.stringify(all[k])}`).join(", ") }) : "";
      return [say(context, "cli.inputs_header", { file, households: entries.size, all: every })];
    },
    unused: () => {
      const missing = [...entries.keys()].filter((id) => !seen.has(id));
      return missing.length === 0 ? undefined : say(context, "cli.inputs_unused", { count: missing.length, file, example: masked(missing[0]) });
    },
  };
}
