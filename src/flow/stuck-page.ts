/**
 * How long a page has kept saying "processing" without a result (seed 2.3: the page hangs).
 * Whole minutes only, so the diagnosis is asked again once a minute, not on every spinner frame.
 */
export interface ProcessingClock {
  /** When the page started showing "processing", ms since the epoch; null when it is not. */
  since: number | null
  /** Seconds in whole minutes, or undefined under a minute. */
  stuckSeconds: number | undefined
}

export function trackProcessing(previousSince: number | null, processing: boolean, nowMs: number): ProcessingClock {
  if (!processing) return { since: null, stuckSeconds: undefined }
  const since = previousSince ?? nowMs
  const minutes = Math.floor((nowMs - since) / 60_000)
  return { since, stuckSeconds: minutes >= 1 ? minutes * 60 : undefined }
}

/** Milliseconds until the next whole minute of processing, when the page should be read again. */
export function nextStuckCheckIn(since: number, nowMs: number): number {
  const elapsed = nowMs - since
  return 60_000 - (elapsed % 60_000) + 250
}
