import type { Attempt } from "~src/diagnosis/types"

/**
 * Attempts from the store and those recorded on this page, once each, oldest first. The
 * attempt a page just ended may not have reached the store when the background answers,
 * and the retry guard must count it at once (or the panel jumps when it does).
 */
export function mergeAttempts(stored: readonly Attempt[], local: readonly Attempt[]): Attempt[] {
  const byKey = new Map<string, Attempt>()
  for (const attempt of [...stored, ...local]) byKey.set(`${attempt.time}|${attempt.siteId}|${attempt.outcome}`, attempt)
  return [...byKey.values()].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
}
