import * as z from "zod"

import { STEP_IDS } from "~src/flow/steps"
import { ReportV1Schema } from "~src/report/schema"
import { CASE_STATUSES } from "./records"

/**
 * Every record is checked when read back (a bad browser extension, a disk fault or an old
 * bug may have left a broken row) and when imported from a file.
 */
const id = z.number().int().positive().optional()
const time = z.number().int().nonnegative()
const siteId = z.string().max(80).nullable()

export const CaseNoteSchema = z.object({ text: z.string().max(4000), at: time })

export const CaseRecordSchema = z.object({
  id,
  report: ReportV1Schema,
  reportHash: z.string().regex(/^[0-9a-f]{64}$/),
  siteId,
  topCause: z.string().max(80).nullable(),
  status: z.enum(CASE_STATUSES),
  notes: z.array(CaseNoteSchema).max(500),
  workedFix: z.string().max(80).optional(),
  tags: z.array(z.string().min(1).max(40)).max(30),
  createdAt: time,
  updatedAt: time
})

export const AttemptRecordSchema = z.object({
  id,
  time: z.string().max(40),
  timeMs: time,
  siteId,
  outcome: z.enum(["failed", "unknown", "succeeded"])
})

export const IncidentRecordSchema = z.object({
  id,
  time,
  siteId,
  step: z.enum(STEP_IDS),
  topCause: z.string().max(80).nullable(),
  errorExcerpt: z.string().max(600)
})

export const TriedRecordSchema = z.object({
  id,
  siteId,
  fix: z.string().min(1).max(80),
  outcome: z.enum(["helped", "did-not-help"]),
  time
})
