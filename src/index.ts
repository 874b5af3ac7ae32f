/**
 * tepat-sasaran: the typed, pure core for Indonesian social-assistance targeting.
 *
 * @packageDocumentation
 */
export * from "./message/index.js";
export * from "./money/index.js";
export * from "./time/index.js";
