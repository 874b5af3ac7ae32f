#!/usr/bin/env node
import { maskLongNumbers } from "../message/redact.js";
import { main } from "./main.js";

// `tepat-sasaran assess … | head` closes the pipe early: that is not an error. The next write to
// standard output fails with EPIPE and ends the run through its usual paths (the audit's temporary
// files removed, the workers stopped), then the process exits 0 at once, without reading the rest of
// its input, and says nothing.
const closedPipe = (error: unknown) => (error as { code?: unknown } | null)?.code === "EPIPE";
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (!closedPipe(error)) throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    // A hidden measurement for the memory tests: the peak resident set size of this process.
    if (process.env.TEPAT_SASARAN_REPORT_RSS === "1") process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
  },
  (error: unknown) => {
    if (closedPipe(error)) process.exit(0);
    // A bug, not a data or usage problem: exit 70 (EX_SOFTWARE), with the message only (masked, at
    // most 300 characters: an engine's message can quote a value from the data).
    let text = "?";
    try {
      text = maskLongNumbers((error instanceof Error ? error.message : String(error)).slice(0, 300));
    } catch {
      // an error object that cannot even be read
    }
    process.stderr.write(`tepat-sasaran: internal error, please report: ${text}\n`);
    process.exitCode = 70;
  },
);
