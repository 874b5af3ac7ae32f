import { failure } from "../message/error.js";
import { isRupiah } from "../money/rupiah.js";
import { ioMessages } from "./messages.js";

/**
 * A copy of options that can cross to a worker thread as they mean: plain objects, arrays and
 * primitives as they are, a Rupiah as its exact decimal text (which every amount option reads back
 * exactly). A function or any other class instance would arrive as something else, or not at all:
 * it is refused with its path (`io.parallel_not_clonable`).
 * @internal
 */
export function toWorkerData(value: unknown, path = "options"): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") throw failure(ioMessages, "io.parallel_not_clonable", { option: path });
    return value;
  }
  if (isRupiah(value)) return value.toString();
  if (Array.isArray(value)) return value.map((item, i) => toWorkerData(item, `${path}[${i}]`));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) throw failure(ioMessages, "io.parallel_not_clonable", { option: path });
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) copy[key] = toWorkerData(item, `${path}.${key}`);
  return copy;
}
