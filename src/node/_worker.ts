import { assessTask } from "./_assessTask.js";
import { serveBatches } from "./_serve.js";
import { simulateTask } from "./_simulateTask.js";

// The worker script of the library's parallel runs (assessHouseholdsParallel,
// simulateHouseholdsParallel): started by the reading thread, it serves batches with one of these
// tasks. It is loaded as a module of the ESM build from both the ESM and the CommonJS entries.
serveBatches({ assess: assessTask, simulate: simulateTask });
