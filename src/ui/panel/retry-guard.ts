import type { Attempt } from "~src/diagnosis/types"

/** From this many failures in a row the panel asks the applicant to stop retrying. */
export const PAUSE_AFTER_FAILURES = 2
/** Failures older than this no longer count: the bank's risk checks look at recent activity. */
const STREAK_WINDOW_MS = 24 * 60 * 60_000

export interface RetryGuard {
  /** Failed attempts on this site since the last success, within the last day. */
  failures: number
  /**
   * none — no failure yet; one-failure — a single failure, retrying after a fix is fine;
   * pause — stop for now (until retryAt); may-retry — the wait is over, one careful try.
   */
  level: "none" | "one-failure" | "pause" | "may-retry"
  lastFailure: Date | null
  /** When another try is reasonable; null below the pause threshold. */
  retryAt: Date | null
  /** Whole minutes until retryAt (0 when it has passed). */
  minutesLeft: number
}

/**
 * How long to wait after the last failure. Issuers' velocity rules block a card after a run
 * of declines in a short time; waiting longer after each further failure keeps the applicant
 * out of that run. 30 minutes after the second failure, an hour after the third or more.
 */
export function waitMinutesAfter(failures: number): number {
  if (failures < PAUSE_AFTER_FAILURES) return 0
  return failures === PAUSE_AFTER_FAILURES ? 30 : 60
}

/** Counts recent failed attempts on one site and says whether to pause. Pure. */
export function retryGuard(attempts: readonly Attempt[], siteId: string | null, now: Date): RetryGuard {
  const at = now.getTime()
  const onThisSite = attempts
    .filter((attempt) => attempt.siteId === siteId)
    .map((attempt) => ({ outcome: attempt.outcome, time: Date.parse(attempt.time) }))
    .filter((attempt) => Number.isFinite(attempt.time) && attempt.time <= at && at - attempt.time <= STREAK_WINDOW_MS)
    .sort((a, b) => a.time - b.time)

  let failures = 0
  let lastFailure: number | null = null
  for (const attempt of onThisSite) {
    if (attempt.outcome === "succeeded") {
      failures = 0
      lastFailure = null
    } else if (attempt.outcome === "failed") {
      failures++
      lastFailure = attempt.time
    }
    // "unknown" outcomes are neither: the double-payment guard handles them.
  }

  if (failures === 0 || lastFailure === null) return { failures: 0, level: "none", lastFailure: null, retryAt: null, minutesLeft: 0 }
  if (failures < PAUSE_AFTER_FAILURES) {
    return { failures, level: "one-failure", lastFailure: new Date(lastFailure), retryAt: null, minutesLeft: 0 }
  }
  const retryAt = lastFailure + waitMinutesAfter(failures) * 60_000
  const minutesLeft = Math.max(0, Math.ceil((retryAt - at) / 60_000))
  return {
    failures,
    level: minutesLeft > 0 ? "pause" : "may-retry",
    lastFailure: new Date(lastFailure),
    retryAt: new Date(retryAt),
    minutesLeft
  }
}
