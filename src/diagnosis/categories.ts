/** Top-level cause categories (design.md contract). Every cause belongs to exactly one. */
export const CATEGORY_IDS = [
  "card-details",
  "insufficient-funds",
  "bank-restriction",
  "method-not-accepted",
  "verification-failed",
  "session-expired",
  "site-or-gateway-error",
  "duplicate-payment",
  "browser-problem",
  "too-many-attempts",
  "network-problem",
  "generic-decline",
  "unknown"
] as const

export type CategoryId = (typeof CATEGORY_IDS)[number]

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" && (CATEGORY_IDS as readonly string[]).includes(value)
}
