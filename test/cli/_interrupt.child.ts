// Child process of signals.test.ts: watches for a signal with `onInterrupt`, whose clean-up is slow
// (as the removal of large temporary files can be) and writes `marker` when it has finished. Prints
// "ready" once watching and "cleaning" when the clean-up begins. Run as
// `node --import tsx test/cli/_interrupt.child.ts <marker>`.
import { writeFileSync } from "node:fs";
import { onInterrupt } from "../../src/cli/signals.js";

const [marker] = process.argv.slice(2);
if (marker === undefined) throw new Error("usage: _interrupt.child.ts <marker>");
onInterrupt(() => {
  process.stdout.write("cleaning\n");
  const until = performance.now() + 1_500;
  while (performance.now() < until); // busy: a signal now is handled (or not) by the process as it stands
  writeFileSync(marker, "done");
});
process.stdout.write("ready\n");
setInterval(() => undefined, 1_000);
