#!/usr/bin/env node
import { maskLongNumbers } from "../message/redact.js";
import { main } from "./main.js";

// `tepat-sasaran rank | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    // A hidden measurement for the memory tests: the peak resident set size of this process.
    if (process.env.TEPAT_SASARAN_REPORT_RSS === "1") process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
  },
  (error: unknown) => {
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
