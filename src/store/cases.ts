import type { ReportV1 } from "~src/report/schema"
import type { EvphDatabase } from "./db"
import { CaseRecordSchema } from "./record-schemas"
import type { CaseRecord, CaseStatus } from "./records"
import { reportHash } from "./report-hash"
import { guardWrite, StoreError } from "./store-error"

/** A case read back from the database: it has an id and passed validation. */
export type StoredCase = CaseRecord & { id: number }

export interface CaseChange {
  status?: CaseStatus
  /** Appends a note (blank notes are ignored). */
  addNote?: string
  /** The fix that solved it; null clears the mark. */
  workedFix?: string | null
  /** Replaces the tags (trimmed, without duplicates). */
  tags?: string[]
}

export interface CaseFilter {
  status?: CaseStatus
  siteId?: string
  cause?: string
  /** Words that must all appear (any case) in the errors, notes, tags, site or cause. */
  text?: string
}

export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, " ").slice(0, 40)
    if (clean) seen.add(clean)
  }
  return [...seen].slice(0, 30)
}

function validCase(raw: unknown, id: number): StoredCase {
  const parsed = CaseRecordSchema.safeParse(raw)
  if (!parsed.success) {
    throw new StoreError("corrupt-record", { table: "cases", recordId: id, issues: parsed.error.issues.map((i) => i.path.join(".")) })
  }
  return { ...(parsed.data as CaseRecord), id }
}

/** Builds the record for a report; exported for import, which merges by the same hash. */
export async function caseFromReport(report: ReportV1, now: number): Promise<CaseRecord> {
  return {
    report,
    reportHash: await reportHash(report),
    siteId: report.page.site?.id ?? null,
    topCause: report.diagnosis[0]?.cause ?? null,
    status: "open",
    notes: [],
    tags: [],
    createdAt: now,
    updatedAt: now
  }
}

/** Saves a report as a new open case, or returns the case already holding the same report. */
export async function saveReportAsCase(db: EvphDatabase, report: ReportV1, now = Date.now()): Promise<{ saved: StoredCase; created: boolean }> {
  const record = await caseFromReport(report, now)
  return guardWrite(() =>
    db.transaction("rw", db.cases, async () => {
      const existing = await db.cases.where("reportHash").equals(record.reportHash).first()
      if (existing?.id !== undefined) return { saved: validCase(existing, existing.id), created: false }
      const id = await db.cases.add(record)
      return { saved: { ...record, id }, created: true }
    })
  )
}

export async function getCase(db: EvphDatabase, id: number): Promise<StoredCase> {
  const raw = await db.cases.get(id)
  if (!raw) throw new StoreError("not-found", { table: "cases", recordId: id })
  return validCase(raw, id)
}

export async function updateCase(db: EvphDatabase, id: number, change: CaseChange, now = Date.now()): Promise<StoredCase> {
  return guardWrite(() =>
    db.transaction("rw", db.cases, async () => {
      const current = await getCase(db, id)
      const next: StoredCase = { ...current, updatedAt: now }
      if (change.status) next.status = change.status
      const note = change.addNote?.trim()
      if (note) next.notes = [...current.notes, { text: note.slice(0, 4000), at: now }]
      if (change.workedFix === null) delete next.workedFix
      else if (change.workedFix) next.workedFix = change.workedFix
      if (change.tags) next.tags = normaliseTags(change.tags)
      await db.cases.put(next)
      return next
    })
  )
}

function searchableText(record: CaseRecord): string {
  const { report } = record
  return [
    report.page.site?.id,
    report.page.site?.name.en,
    report.page.site?.name["zh-CN"],
    report.page.origin,
    report.page.path,
    report.note,
    record.topCause,
    record.workedFix,
    ...report.errors.flatMap((e) => [e.text, e.code]),
    ...report.diagnosis.map((d) => d.cause),
    ...record.notes.map((n) => n.text),
    ...record.tags
  ]
    .filter(Boolean)
    .join("\n")
    .toLowerCase()
}

export function caseMatches(record: CaseRecord, filter: CaseFilter): boolean {
  if (filter.status && record.status !== filter.status) return false
  if (filter.siteId && record.siteId !== filter.siteId) return false
  if (filter.cause && !record.report.diagnosis.some((d) => d.cause === filter.cause)) return false
  const words = filter.text?.toLowerCase().split(/\s+/).filter(Boolean) ?? []
  if (words.length === 0) return true
  const haystack = searchableText(record)
  return words.every((word) => haystack.includes(word))
}

/**
 * Lists cases, most recently changed first. A record that fails validation is skipped
 * (and reported by id) rather than hiding every other case; it stays in the database.
 */
export async function listCases(db: EvphDatabase, filter: CaseFilter = {}): Promise<{ cases: StoredCase[]; corruptIds: number[] }> {
  // Read by primary key, not the updatedAt index: a broken row may lack updatedAt and
  // would silently vanish from an index scan.
  const rows = await db.cases.toArray()
  const cases: StoredCase[] = []
  const corruptIds: number[] = []
  for (const row of rows) {
    const id = row.id as number
    const parsed = CaseRecordSchema.safeParse(row)
    if (!parsed.success) {
      corruptIds.push(id)
      continue
    }
    const record = { ...(parsed.data as CaseRecord), id }
    if (caseMatches(record, filter)) cases.push(record)
  }
  cases.sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id)
  return { cases, corruptIds }
}
