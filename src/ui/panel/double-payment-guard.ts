import type { Answers, Attempt } from "~src/diagnosis/types"
import type { StepId } from "~src/flow/steps"

/** Steps where the applicant is about to pay (again). */
const PAYING_STEPS: ReadonlySet<StepId> = new Set(["payment-method", "card-entry"])
/** An unknown outcome older than this has long been settled by the bank one way or the other. */
const UNKNOWN_RELEVANT_MS = 7 * 24 * 60 * 60_000

export interface DoublePaymentGuard {
  warn: boolean
  /** The earlier attempt whose result nobody saw, if that is why we warn. */
  unknownSince: Date | null
  /** The applicant told us money may have left the account without a receipt. */
  chargedWithoutReceipt: boolean
}

/**
 * Warns before a second payment when an earlier attempt on this site ended without a
 * visible result (timeout, "status unknown", the processing page left) and no success came
 * after it: the first payment may still go through, and paying again can charge twice. Pure.
 */
export function doublePaymentGuard(
  attempts: readonly Attempt[],
  siteId: string | null,
  step: StepId,
  now: Date,
  answers?: Pick<Answers, "chargedWithoutReceipt">
): DoublePaymentGuard {
  const chargedWithoutReceipt = answers?.chargedWithoutReceipt === true
  const none: DoublePaymentGuard = { warn: false, unknownSince: null, chargedWithoutReceipt }
  if (!PAYING_STEPS.has(step)) return none

  const at = now.getTime()
  let unknownSince: number | null = null
  const onThisSite = attempts
    .filter((attempt) => attempt.siteId === siteId)
    .map((attempt) => ({ outcome: attempt.outcome, time: Date.parse(attempt.time) }))
    .filter((attempt) => Number.isFinite(attempt.time) && attempt.time <= at && at - attempt.time <= UNKNOWN_RELEVANT_MS)
    .sort((a, b) => a.time - b.time)
  for (const attempt of onThisSite) {
    if (attempt.outcome === "unknown" && unknownSince === null) unknownSince = attempt.time
    // A receipt after the unknown attempt settles it: the application is paid.
    if (attempt.outcome === "succeeded") unknownSince = null
  }

  if (unknownSince === null && !chargedWithoutReceipt) return none
  return { warn: true, unknownSince: unknownSince === null ? null : new Date(unknownSince), chargedWithoutReceipt }
}
