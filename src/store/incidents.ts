import type { StepId } from "~src/flow/steps"
import type { EvphDatabase } from "./db"
import { IncidentRecordSchema } from "./record-schemas"
import type { IncidentRecord } from "./records"
import { guardWrite } from "./store-error"

export const MAX_EXCERPT_LENGTH = 200
/** "My history" is a memory aid, not an archive: the oldest entries go first. */
export const MAX_INCIDENTS = 200

export interface IncidentInput {
  time: number
  siteId: string | null
  step: StepId
  topCause: string | null
  /** Text of a captured error; src/page has redacted it already. */
  errorText: string
}

export function excerpt(text: string, max = MAX_EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, " ").trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`
}

export async function recordIncident(db: EvphDatabase, input: IncidentInput): Promise<number> {
  const record: IncidentRecord = {
    time: input.time,
    siteId: input.siteId,
    step: input.step,
    topCause: input.topCause,
    errorExcerpt: excerpt(input.errorText)
  }
  return guardWrite(() =>
    db.transaction("rw", db.incidents, async () => {
      const id = await db.incidents.add(record)
      const extra = (await db.incidents.count()) - MAX_INCIDENTS
      if (extra > 0) {
        const oldest = await db.incidents.orderBy("time").limit(extra).primaryKeys()
        await db.incidents.bulkDelete(oldest)
      }
      return id
    })
  )
}

/** Newest first. */
export async function recentIncidents(db: EvphDatabase, limit = 50): Promise<(IncidentRecord & { id: number })[]> {
  const rows = await db.incidents.orderBy("time").reverse().limit(limit).toArray()
  return rows.filter((row) => IncidentRecordSchema.safeParse(row).success) as (IncidentRecord & { id: number })[]
}
