/**
 * tepat-sasaran: the typed, pure core for Indonesian social-assistance targeting: households,
 * programs and their rules, priority, regions, exact Rupiah, dates and bilingual messages (what a
 * caseworker's page needs to parse, assess, rank regencies and format amounts). The other jobs have
 * entries of their own, so that an app ships only what it imports: `tepat-sasaran/measure` (poverty
 * and inequality measures), `tepat-sasaran/allocate` (quotas and budgets), `tepat-sasaran/simulate`
 * (scenarios), `tepat-sasaran/audit` (payment lists),
 * `tepat-sasaran/verify` (an office's own rule cases), `tepat-sasaran/stream` (reading registry files
 * in a browser or any runtime) and `tepat-sasaran/node` (reading files in Node.js).
 * Examples use names such as `household`; their values are on the [Example data](../docs/generated/example-data.md) page.
 *
 * @packageDocumentation
 * @module tepat-sasaran
 */
export * from "./message/index.js";
export * from "./money/index.js";
export * from "./time/index.js";
export * from "./region/index.js";
export * from "./household/index.js";
export * from "./rule/index.js";
export * from "./priority/index.js";
export * from "./program/index.js";
