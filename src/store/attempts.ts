import type { Attempt } from "~src/diagnosis/types"
import type { EvphDatabase } from "./db"
import { AttemptRecordSchema } from "./record-schemas"
import type { AttemptRecord } from "./records"
import { guardWrite } from "./store-error"

/** Payment attempts the extension saw end; used to warn before risk controls lock the card. */
export async function recordAttempt(db: EvphDatabase, attempt: Attempt): Promise<number> {
  const timeMs = Date.parse(attempt.time)
  const record: AttemptRecord = { ...attempt, timeMs: Number.isFinite(timeMs) ? timeMs : Date.now() }
  return guardWrite(() => db.attempts.add(record))
}

/** Attempts on a site (null: unknown site) since a time, oldest first; broken rows are left out. */
export async function recentAttempts(db: EvphDatabase, siteId: string | null, sinceMs: number): Promise<Attempt[]> {
  const rows = await db.attempts.where("timeMs").aboveOrEqual(sinceMs).toArray()
  return rows
    .filter((row) => AttemptRecordSchema.safeParse(row).success && row.siteId === siteId)
    .map(({ time, siteId: site, outcome }) => ({ time, siteId: site, outcome }))
}

/** How many attempts failed (or ended unknown) on a site within the last windowMs. */
export async function failuresInWindow(db: EvphDatabase, siteId: string | null, windowMs: number, now = Date.now()): Promise<number> {
  const recent = await recentAttempts(db, siteId, now - windowMs)
  return recent.filter((attempt) => attempt.outcome !== "succeeded").length
}
