import type { Household } from "../household/household.js";
import type { Language } from "../message/message.js";
import { ZERO_RUPIAH, rupiah, type Rupiah } from "../money/rupiah.js";
import { serveBatches } from "../node/_serve.js";
import { simulateTask } from "../node/_simulateTask.js";
import { createCheckedAssessor } from "../program/assessHousehold.js";
import { programById } from "../program/catalogue.js";
import type { ParameterSet } from "../time/parameterSet.js";
import { renderAssessment } from "./commands/assess.js";
import { Utf8Text } from "./_utf8Text.js";

/** The initial size of a batch's output buffer (it grows as needed). */
const BATCH_BYTES = 1024 * 1024;

/** What `assess --workers N` tells each worker: the same settings the reading thread would use. @internal */
export interface AssessTaskOptions {
  readonly asOf: string;
  readonly programs: readonly string[];
  readonly parameters?: ParameterSet | undefined;
  readonly lang: Language;
  readonly format: string;
  /** Households shown in the table format (`--rows`): a batch sends the table rows of at most this many. */
  readonly rowsShown: number;
}

/** One batch's households rendered for `assess`: the output bytes, the counts, the table rows. @internal */
export interface RenderedBatch {
  readonly households: number;
  /** CSV or JSON Lines output of the batch, UTF-8 (csv, jsonl). */
  readonly text: Uint8Array | undefined;
  /** Per program: eligible, not eligible, undetermined households, the yearly total (decimal text) and the households given it in kind. */
  readonly tallies: readonly (readonly [number, number, number, string, number])[];
  /** Table rows of the batch's first households (table): per household, one row per program. */
  readonly rows: readonly (readonly (readonly string[])[])[];
}

/** The worker side of `assess`: render every household as one thread would, and hand back each batch's bytes. */
function assessTask(options: AssessTaskOptions) {
  const programs = options.programs.map((id) => programById(id));
  const assess = createCheckedAssessor({ asOf: options.asOf, programs, ...(options.parameters ? { parameters: options.parameters } : {}) });
  const table = options.format === "table";
  const out = new Utf8Text(BATCH_BYTES);
  let rows: (readonly (readonly string[])[])[] = [];
  let households = 0;
  let counts = programs.map(() => [0, 0, 0, 0]);
  let totals: Rupiah[] = programs.map(() => ZERO_RUPIAH);
  return {
    household(household: Household) {
      const rendered = renderAssessment(household, assess(household), programs, options.lang, options.format, options.asOf);
      households += 1;
      rendered.statuses.forEach((status, i) => {
        const c = counts[i] as number[];
        const k = status === "eligible" ? 0 : status === "not-eligible" ? 1 : 2;
        c[k] = (c[k] as number) + 1;
        const total = rendered.totals[i];
        if (total !== undefined) totals[i] = (totals[i] as Rupiah).plus(rupiah(total));
        if (rendered.inKind[i]) c[3] = (c[3] as number) + 1;
      });
      if (!table) out.append(rendered.text);
      else if (rows.length < options.rowsShown) rows.push(rendered.rows);
      return undefined;
    },
    endBatch() {
      // Encoded here, into a buffer of its own that is transferred: the reading thread only writes it out.
      const text = out.length === 0 ? undefined : out.take();
      const value: RenderedBatch = { households, text, tallies: counts.map((c, i) => [c[0] as number, c[1] as number, c[2] as number, (totals[i] as Rupiah).toString(), c[3] as number] as const), rows };
      rows = [];
      households = 0;
      counts = programs.map(() => [0, 0, 0, 0]);
      totals = programs.map(() => ZERO_RUPIAH);
      return { value, transfer: text === undefined ? [] : [text.buffer as ArrayBuffer] };
    },
    finish: () => ({ value: undefined }),
  };
}

// The worker script of the command line (dist/cli-worker.js): `assess` renders every accepted
// household's assessment exactly as the one-thread path does (renderAssessment); `simulate` keeps
// whole regencies and simulates them, as the library's parallel simulation does.
serveBatches({ assess: assessTask, simulate: simulateTask });
