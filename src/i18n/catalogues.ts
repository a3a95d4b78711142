/**
 * Convention: each area of the product keeps its user-facing words in a file named
 * `messages.ts` beside its code, exporting `messages` built with defineCatalogue().
 * src/i18n/parity.test.ts finds them all by that name and checks zh-CN/en parity.
 */
export {}
