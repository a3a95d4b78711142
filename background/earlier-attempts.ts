import type { Attempt } from "~src/diagnosis/types"
import type { PageState } from "~src/page/types"

/**
 * The content script logs a failed attempt the moment an error appears on a payment page,
 * before it asks for a diagnosis; the diagnosis also counts the error on screen as a failure.
 * Without this the page now showing would be counted twice, and the second decline would
 * already read as "the third failure in ten minutes". So the failures logged since the
 * oldest error on this page (with a little slack for clock rounding) are left out of the
 * diagnosis's evidence; the panel's retry guard still sees every attempt.
 */
const SAME_PAGE_SLACK_MS = 2_000

export function attemptsBeforeThisPage(attempts: readonly Attempt[], state: Pick<PageState, "errors">): Attempt[] {
  const firstSeen = state.errors.map((error) => Date.parse(error.firstSeen)).filter(Number.isFinite)
  if (firstSeen.length === 0) return [...attempts]
  const since = Math.min(...firstSeen) - SAME_PAGE_SLACK_MS
  return attempts.filter((attempt) => attempt.outcome !== "failed" || Date.parse(attempt.time) < since)
}
