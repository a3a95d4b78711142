import * as z from "zod"

import type { EvphDatabase } from "./db"
import { AttemptRecordSchema, CaseRecordSchema, IncidentRecordSchema, TriedRecordSchema } from "./record-schemas"
import { SETTINGS_KEY, type AttemptRecord, type CaseRecord, type IncidentRecord, type TriedRecord } from "./records"
import { getSettings } from "./settings-store"
import type { Settings } from "./settings"
import { SettingsSchema } from "./settings-schema"
import { guardWrite, StoreError } from "./store-error"

export const EXPORT_FORMAT = "evisa-pay-helper-data"
export const EXPORT_VERSION = 1

export interface DataExport {
  format: typeof EXPORT_FORMAT
  version: typeof EXPORT_VERSION
  exportedAt: string
  tool: { name: string; version: string }
  data: {
    cases: CaseRecord[]
    attempts: AttemptRecord[]
    incidents: IncidentRecord[]
    tried: TriedRecord[]
    settings: Settings
  }
}

/** Bounds keep a hostile or absurd file from filling the disk in one transaction. */
const DataExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  tool: z.object({ name: z.string().max(60), version: z.string().max(30) }),
  data: z.object({
    cases: z.array(CaseRecordSchema.omit({ id: true })).max(5000),
    attempts: z.array(AttemptRecordSchema.omit({ id: true })).max(20000),
    incidents: z.array(IncidentRecordSchema.omit({ id: true })).max(5000),
    tried: z.array(TriedRecordSchema.omit({ id: true })).max(20000),
    settings: SettingsSchema
  })
})

/** Import files larger than this are refused before parsing. */
export const MAX_IMPORT_CHARS = 50_000_000

function dropId<T extends { id?: number }>({ id: _id, ...rest }: T): Omit<T, "id"> {
  return rest
}

function valid<T>(rows: unknown[], schema: z.ZodType<T>): T[] {
  return rows.filter((row) => schema.safeParse(row).success) as T[]
}

/**
 * All data as one JSON document with a format/version header. Records that fail
 * validation are left out (and counted) so that the file always imports again.
 */
export async function exportAllData(
  db: EvphDatabase,
  tool: { name: string; version: string },
  now = new Date()
): Promise<{ file: DataExport; skipped: number }> {
  return db.transaction("r", [db.cases, db.attempts, db.incidents, db.tried, db.settings], async () => {
    const [cases, attempts, incidents, tried] = await Promise.all([
      db.cases.toArray(),
      db.attempts.toArray(),
      db.incidents.toArray(),
      db.tried.toArray()
    ])
    const data = {
      cases: valid(cases, CaseRecordSchema).map(dropId) as CaseRecord[],
      attempts: valid(attempts, AttemptRecordSchema).map(dropId) as AttemptRecord[],
      incidents: valid(incidents, IncidentRecordSchema).map(dropId) as IncidentRecord[],
      tried: valid(tried, TriedRecordSchema).map(dropId) as TriedRecord[],
      settings: await getSettings(db)
    }
    const skipped =
      cases.length + attempts.length + incidents.length + tried.length -
      (data.cases.length + data.attempts.length + data.incidents.length + data.tried.length)
    return { file: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), tool, data }, skipped }
  })
}

export interface ImportSummary {
  added: { cases: number; attempts: number; incidents: number; tried: number }
  /** Records already present (same report hash, or same fields for the other tables). */
  duplicates: { cases: number; attempts: number; incidents: number; tried: number }
  /** Cases already present that gained notes or tags from the file. */
  casesMerged: number
  settingsReplaced: boolean
}

/** Parses and validates an export file; throws a StoreError naming what is wrong. */
export function parseDataExport(text: string): DataExport {
  if (text.length > MAX_IMPORT_CHARS) throw new StoreError("import-invalid", { issues: ["too-large"] })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (cause) {
    throw new StoreError("import-not-json", { cause })
  }
  const header = json as { format?: unknown; version?: unknown } | null
  if (typeof header !== "object" || header === null || header.format !== EXPORT_FORMAT) throw new StoreError("import-not-ours")
  if (typeof header.version === "number" && header.version > EXPORT_VERSION) throw new StoreError("import-newer-version")
  const parsed = DataExportSchema.safeParse(json)
  if (!parsed.success) {
    throw new StoreError("import-invalid", { issues: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`) })
  }
  return parsed.data as DataExport
}

const attemptKey = (a: Pick<AttemptRecord, "siteId" | "timeMs" | "outcome">) => `${a.siteId}|${a.timeMs}|${a.outcome}`
const incidentKey = (i: Omit<IncidentRecord, "id">) => `${i.siteId}|${i.time}|${i.step}|${i.errorExcerpt}`
const triedKey = (t: Omit<TriedRecord, "id">) => `${t.siteId}|${t.fix}|${t.outcome}|${t.time}`
const noteKey = (n: { text: string; at: number }) => `${n.at}|${n.text}`

/**
 * Merges an export file into the database without duplicates, in one transaction: either
 * everything in the file is merged or (bad file, full disk…) nothing is written.
 * Existing cases keep their status and worked fix; notes and tags from the file are added.
 */
export async function importData(db: EvphDatabase, text: string, options: { replaceSettings?: boolean } = {}): Promise<ImportSummary> {
  const file = parseDataExport(text)
  const summary: ImportSummary = {
    added: { cases: 0, attempts: 0, incidents: 0, tried: 0 },
    duplicates: { cases: 0, attempts: 0, incidents: 0, tried: 0 },
    casesMerged: 0,
    settingsReplaced: false
  }
  await guardWrite(() =>
    db.transaction("rw", [db.cases, db.attempts, db.incidents, db.tried, db.settings], async () => {
      for (const incoming of file.data.cases) {
        const existing = await db.cases.where("reportHash").equals(incoming.reportHash).first()
        if (!existing) {
          await db.cases.add(dropId(incoming))
          summary.added.cases++
          continue
        }
        summary.duplicates.cases++
        const knownNotes = new Set((existing.notes ?? []).map(noteKey))
        const newNotes = incoming.notes.filter((n) => !knownNotes.has(noteKey(n)))
        const newTags = incoming.tags.filter((t) => !(existing.tags ?? []).includes(t))
        if (newNotes.length || newTags.length) {
          await db.cases.update(existing.id as number, {
            notes: [...(existing.notes ?? []), ...newNotes].sort((a, b) => a.at - b.at),
            tags: [...(existing.tags ?? []), ...newTags],
            workedFix: existing.workedFix ?? incoming.workedFix,
            updatedAt: Math.max(existing.updatedAt ?? 0, incoming.updatedAt)
          })
          summary.casesMerged++
        }
      }

      const knownAttempts = new Set((await db.attempts.toArray()).map(attemptKey))
      for (const attempt of file.data.attempts) {
        if (knownAttempts.has(attemptKey(attempt))) summary.duplicates.attempts++
        else {
          knownAttempts.add(attemptKey(attempt))
          await db.attempts.add(dropId(attempt))
          summary.added.attempts++
        }
      }
      const knownIncidents = new Set((await db.incidents.toArray()).map(incidentKey))
      for (const incident of file.data.incidents) {
        if (knownIncidents.has(incidentKey(incident))) summary.duplicates.incidents++
        else {
          knownIncidents.add(incidentKey(incident))
          await db.incidents.add(dropId(incident))
          summary.added.incidents++
        }
      }
      const knownTried = new Set((await db.tried.toArray()).map(triedKey))
      for (const tried of file.data.tried) {
        if (knownTried.has(triedKey(tried))) summary.duplicates.tried++
        else {
          knownTried.add(triedKey(tried))
          await db.tried.add(dropId(tried))
          summary.added.tried++
        }
      }
      if (options.replaceSettings) {
        await db.settings.put({ key: SETTINGS_KEY, value: file.data.settings })
        summary.settingsReplaced = true
      }
    })
  )
  return summary
}
