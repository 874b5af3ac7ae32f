import type { ReadProgress } from "../node/types.js";

/** A one-line progress display on stderr (rows done and rows per second), redrawn in place. @internal */
export function progressBar(write: (text: string) => void): (progress: ReadProgress) => void {
  return (p) => {
    const line = `\r${p.rowsDone.toLocaleString("en-US")} rows · ${Math.round(p.rowsPerSecond).toLocaleString("en-US")} rows/s`;
    write(p.done ? `${line}\n` : line);
  };
}
