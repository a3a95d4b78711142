import type { Attempt } from "~src/diagnosis/types"
import type { StepId } from "~src/flow/steps"
import type { ReportV1 } from "~src/report/schema"
import type { Settings } from "./settings"

/**
 * The shapes stored in each table (current schema, version 2). Times are epoch
 * milliseconds so that indexes sort them correctly whatever the writer's UTC offset was.
 */

export const CASE_STATUSES = ["open", "solved", "unsolved"] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export interface CaseNote {
  text: string
  at: number
}

/** A report a volunteer saved, with what became of it. */
export interface CaseRecord {
  id?: number
  report: ReportV1
  /** Hash of the report's canonical JSON: the same report pasted twice is one case. */
  reportHash: string
  siteId: string | null
  topCause: string | null
  status: CaseStatus
  notes: CaseNote[]
  /** Fix id that solved the case, as the volunteer marked it. */
  workedFix?: string
  tags: string[]
  createdAt: number
  updatedAt: number
}

export interface AttemptRecord extends Attempt {
  id?: number
  /** Attempt.time as epoch ms, for the time index. */
  timeMs: number
}

/** One moment the applicant's own browser saw a payment error ("My history"). */
export interface IncidentRecord {
  id?: number
  time: number
  siteId: string | null
  step: StepId
  topCause: string | null
  /** Already redacted at capture (src/page), shortened again here. */
  errorExcerpt: string
}

export type TriedOutcome = "helped" | "did-not-help"

export interface TriedRecord {
  id?: number
  siteId: string | null
  fix: string
  outcome: TriedOutcome
  time: number
}

/** The settings table holds a single row under this key. */
export const SETTINGS_KEY = "settings"

export interface SettingsRow {
  key: typeof SETTINGS_KEY
  value: Settings
}
