import { TepatSasaranError } from "../message/error.js";
import { renderMessage, type MessageTemplate } from "../message/message.js";
import { accumulatorMessages, alkireFosterMessages, distributionMessages, measureMessages, povertyLineMessages } from "../measure/messages.js";
import { simulateMessages } from "../simulate/messages.js";

// Every catalogue whose errors a simulation may raise (the measure catalogues are split by module).
const TEMPLATES: Readonly<Record<string, MessageTemplate>> = {
  ...measureMessages,
  ...distributionMessages,
  ...povertyLineMessages,
  ...accumulatorMessages,
  ...alkireFosterMessages,
  ...simulateMessages,
};

/** The values a template was rendered with, read back from the English text (or `undefined`). */
function valuesOf(template: string, text: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a: string | undefined, b: string | undefined) => {
    names.push((a ?? b) as string);
    return "([\\s\\S]*?)";
  });
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (match === null) return undefined;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] as string]));
}

/**
 * A worker's error about the household at row `index` of its own share, told as the one-thread
 * run tells it: the row among all the households of the file. Errors whose message names no row
 * are returned as they are.
 * @internal
 */
export function reindexed(error: Error, index: number): Error {
  if (!(error instanceof TepatSasaranError)) return error;
  const template = TEMPLATES[error.code];
  if (template === undefined || !template.en.includes("{index}")) return error;
  const values = valuesOf(template.en, error.text.en);
  if (values === undefined) return error;
  return new TepatSasaranError(error.code, renderMessage(template, { ...values, index }), error.issues);
}
