/**
 * tepat-sasaran: the typed, pure core for Indonesian social-assistance targeting.
 *
 * @packageDocumentation
 */
export * from "./message/index.js";
export * from "./money/index.js";
export * from "./time/index.js";
export * from "./region/index.js";
export * from "./household/index.js";
export * from "./rule/index.js";
export * from "./measure/index.js";
export * from "./priority/index.js";
export * from "./allocate/index.js";
export * from "./program/index.js";
export * from "./simulate/index.js";
export * from "./audit/index.js";
