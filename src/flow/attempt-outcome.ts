import type { Attempt } from "~src/diagnosis/types"
import type { PageState } from "~src/page/types"

/** Steps where an error means a payment attempt failed (not a form typo on the application). */
const PAYMENT_STEPS = new Set(["payment-method", "card-entry", "verification", "confirmation"])

/**
 * Decides whether the change from one page state to the next ends a payment attempt, and how.
 * Pure, so the retry and double-payment guards can trust it and tests can pin it.
 *  - reaching the receipt: succeeded;
 *  - a new error while paying: failed;
 *  - leaving a "processing, do not refresh" page without a result: unknown (may have been charged).
 */
export function attemptOutcome(previous: PageState | null, next: PageState | null): Attempt["outcome"] | null {
  if (next && next.step.id === "receipt" && previous?.step.id !== "receipt") return "succeeded"
  if (next && PAYMENT_STEPS.has(next.step.id)) {
    const before = new Set((previous?.errors ?? []).map((e) => e.text))
    if (next.errors.some((e) => !before.has(e.text))) return "failed"
  }
  if (previous?.signals.processing && previous.step.id !== "receipt") {
    const left = next === null || (next.origin === previous.origin && next.path !== previous.path && !next.signals.processing)
    if (left && (next === null || (next.errors.length === 0 && next.step.id !== "receipt"))) return "unknown"
  }
  return null
}
