import type { Language } from "../message/message.js";
import type { ReadProgress } from "../node/types.js";
import { say } from "./context.js";
import { shownNumbers } from "./numbers.js";

/**
 * A one-line progress display on stderr (rows done and rows per second, in the chosen language),
 * redrawn in place. @internal
 */
export function progressBar(context: { readonly lang: Language }, write: (text: string) => void): (progress: ReadProgress) => void {
  const int = shownNumbers(context.lang).int;
  return (p) => {
    const line = `\r${say(context, "cli.progress", { rows: int(p.rowsDone), rate: int(Math.round(p.rowsPerSecond)) })}`;
    write(p.done ? `${line}\n` : line);
  };
}
