import type { EvphDatabase } from "./db"
import { TriedRecordSchema } from "./record-schemas"
import type { TriedOutcome, TriedRecord } from "./records"
import { guardWrite } from "./store-error"

/** The applicant said a fix helped or not; the panel uses it to stop suggesting what failed. */
export async function recordTried(db: EvphDatabase, siteId: string | null, fix: string, outcome: TriedOutcome, time = Date.now()): Promise<number> {
  return guardWrite(() => db.tried.add({ siteId, fix, outcome, time }))
}

/** What was tried on a site (null: unknown site), oldest first. */
export async function triedOnSite(db: EvphDatabase, siteId: string | null, sinceMs = 0): Promise<TriedRecord[]> {
  const rows = await db.tried.where("time").aboveOrEqual(sinceMs).toArray()
  return rows.filter((row) => row.siteId === siteId && TriedRecordSchema.safeParse(row).success)
}
