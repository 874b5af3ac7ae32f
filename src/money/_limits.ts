// The input limits of exact arithmetic, apart from decimal.js: the allocate layer checks its
// integer weights against them without importing (and so bundling) the decimal library.

/** Characters of the longest decimal text (and digits of the longest bigint) the library reads. @internal */
export const MAX_DECIMAL_LENGTH = 200;

/** 10^200: bigints at least this large (in magnitude) are refused, as texts over 200 characters are. @internal */
export const BIGINT_LIMIT = /* @__PURE__ */ power(MAX_DECIMAL_LENGTH);

// A function, so that the constant is a marked call a bundler may drop (`**` it must keep).
function power(digits: number): bigint {
  return 10n ** BigInt(digits);
}
