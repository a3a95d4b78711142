import Dexie, { type Table } from "dexie"

import type { AttemptRecord, CaseRecord, CaseStatus, IncidentRecord, SettingsRow, TriedRecord } from "./records"
import { StoreError, toStoreError } from "./store-error"

export const DB_NAME = "evisa-pay-helper"

/**
 * Schema history. Version 1 is kept exactly as it shipped so that Dexie can upgrade
 * databases created by it; never edit it, add a version instead.
 */
export const SCHEMA_V1 = {
  cases: "++id, &reportHash, siteId, topCause, createdAt",
  attempts: "++id, siteId, timeMs",
  incidents: "++id, time, siteId",
  settings: "key"
} as const

/** Version 2: case status, tags and notes list; the "tried" table. */
export const SCHEMA_V2 = {
  cases: "++id, &reportHash, status, siteId, topCause, *tags, createdAt, updatedAt",
  attempts: "++id, siteId, timeMs",
  incidents: "++id, time, siteId",
  tried: "++id, siteId, fix, time",
  settings: "key"
} as const

/** A case as version 1 stored it: a solved flag and one free-text note. */
export interface CaseRecordV1 {
  id?: number
  report: CaseRecord["report"]
  reportHash: string
  siteId: string | null
  topCause: string | null
  solved: boolean
  note?: string
  createdAt: number
}

/** Turns a version-1 case into a version-2 case without dropping anything it held. */
export function upgradeCaseV1(old: CaseRecordV1 & Partial<CaseRecord>): CaseRecord {
  const status: CaseStatus = old.solved ? "solved" : "open"
  const notes = old.note?.trim() ? [{ text: old.note, at: old.createdAt }] : []
  const { solved: _solved, note: _note, ...kept } = old
  return { ...kept, status, notes, tags: [], updatedAt: old.createdAt }
}

export class EvphDatabase extends Dexie {
  cases!: Table<CaseRecord, number>
  attempts!: Table<AttemptRecord, number>
  incidents!: Table<IncidentRecord, number>
  tried!: Table<TriedRecord, number>
  settings!: Table<SettingsRow, string>

  constructor(name: string = DB_NAME) {
    super(name)
    this.version(1).stores(SCHEMA_V1)
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table("cases")
          .toCollection()
          .modify((record: CaseRecordV1 & Partial<CaseRecord>, ref: { value: CaseRecord }) => {
            ref.value = upgradeCaseV1(record)
          })
      })
  }
}

export interface OpenStoreHooks {
  /**
   * Another page (e.g. an options tab after an update) needs a newer schema. Dexie closes
   * this connection so the other page can upgrade; the UI should ask for a reload.
   */
  onVersionChange?: () => void
}

/**
 * How long an open may wait before we call it blocked. Only the first page asking for an
 * upgrade hears IndexedDB's "blocked" event; a second one (say the options page, while the
 * background's own upgrade already waits for an old tab) just waits in line, silently.
 */
export const OPEN_WAIT_LIMIT_MS = 5000

/**
 * Opens the database. If another page keeps an older version open, the upgrade cannot run:
 * we give up with StoreError "store-blocked" instead of waiting for ever, and leave the
 * data as it is (the pending upgrade finishes by itself once the other page closes).
 */
export async function openStore(name: string = DB_NAME, hooks: OpenStoreHooks = {}, waitLimitMs = OPEN_WAIT_LIMIT_MS): Promise<EvphDatabase> {
  const db = new EvphDatabase(name)
  db.on("versionchange", () => {
    hooks.onVersionChange?.()
  })
  let onBlocked: (() => void) | undefined
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new StoreError("store-blocked"))
  })
  db.on("blocked", () => onBlocked?.())
  const waitedTooLong = setTimeout(() => onBlocked?.(), waitLimitMs)
  try {
    await Promise.race([db.open(), blocked])
    return db
  } catch (error) {
    db.close()
    throw error instanceof StoreError ? error : toStoreError(error, "open-failed")
  } finally {
    clearTimeout(waitedTooLong)
  }
}
