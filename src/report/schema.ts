import * as z from "zod" // namespace import: the extension bundler empties the named `z` export

import { CATEGORY_IDS } from "~src/diagnosis/categories"
import { STEP_IDS } from "~src/flow/steps"

/**
 * Report v1 — the single definition of the report contract (design.md, docs/report-format.md).
 * Bump `version` and add a new schema for any incompatible change.
 */
export const REPORT_FORMAT = "evisa-pay-report"
export const REPORT_VERSION = 1

const text = (max: number) => z.string().max(max)
const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, "ISO 8601 time with offset")
const localized = z.object({ en: text(200), "zh-CN": text(200) })

export const EvidenceNoteSchema = z.object({
  kind: z.enum(["text", "code", "step", "environment", "network", "answer", "time", "attempts", "site"]),
  id: text(80),
  params: z.record(z.string(), z.union([text(600), z.number()])).optional()
})

export const ReportV1Schema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  createdAt: isoWithOffset,
  tool: z.object({ name: text(60), version: text(30) }),
  locale: z.enum(["zh-CN", "en"]),
  page: z.object({
    site: z.object({ id: text(60), name: localized }).nullable(),
    origin: text(300),
    path: text(600),
    step: z.object({
      id: z.enum(STEP_IDS),
      confidence: z.number().min(0).max(1),
      evidence: z.array(text(300)).max(20)
    })
  }),
  errors: z
    .array(
      z.object({
        text: text(600),
        code: text(40).optional(),
        source: text(30),
        firstSeen: isoWithOffset,
        lastSeen: isoWithOffset
      })
    )
    .max(20),
  environment: z
    .object({
      browser: z.object({ name: text(60), version: text(40), major: z.number().int().nullable(), engine: text(40) }),
      os: z.object({ name: text(60), version: text(40) }),
      device: z.enum(["desktop", "mobile", "tablet", "unknown"]),
      languages: z.array(text(35)).max(10),
      timeZone: text(60),
      utcOffsetMinutes: z.number().int().min(-840).max(840),
      localTime: isoWithOffset,
      clockSkewSeconds: z.number().nullable(),
      cookiesEnabled: z.boolean(),
      thirdPartyCookiesBlocked: z.boolean().nullable(),
      online: z.boolean(),
      connection: z
        .object({
          effectiveType: text(20).optional(),
          downlinkMbps: z.number().optional(),
          rttMs: z.number().optional(),
          saveData: z.boolean().optional()
        })
        .nullable(),
      viewport: z.object({
        width: z.number(),
        height: z.number(),
        devicePixelRatio: z.number(),
        zoomPercent: z.number().nullable()
      }),
      pageErrors: z.object({ count: z.number().int().min(0), messages: z.array(text(300)).max(10) }),
      extensionVersion: text(30)
    })
    .partial(),
  network: z
    .array(
      z.object({
        origin: text(300),
        path: text(600),
        kind: z.enum(["blocked-by-client", "dns", "connection", "timeout", "certificate", "http", "aborted", "other"]),
        status: z.number().int().optional(),
        error: text(100).optional(),
        resourceType: text(40).optional(),
        time: isoWithOffset
      })
    )
    .max(50),
  diagnosis: z
    .array(
      z.object({
        cause: text(80),
        category: z.enum(CATEGORY_IDS),
        confidence: z.number().min(0).max(1),
        evidence: z.array(EvidenceNoteSchema).max(20),
        fixes: z.array(text(80)).max(20)
      })
    )
    .max(10),
  answers: z
    .object({
      paymentMethod: text(30).optional(),
      cardType: z.enum(["credit", "debit", "prepaid", "unknown"]).optional(),
      issuerCountry: text(2).optional(),
      codeReceived: z.enum(["yes", "no", "not-asked"]).optional(),
      virtualPhone: z.boolean().optional(),
      phoneDiffersFromBank: z.boolean().optional(),
      chargedWithoutReceipt: z.boolean().optional(),
      device: z.enum(["computer", "phone", "tablet"]).optional()
    })
    .strict(),
  tried: z.array(z.object({ fix: text(80), outcome: z.enum(["helped", "did-not-help", "not-tried"]), at: isoWithOffset.optional() })).max(30),
  /** The applicant's own words, redacted. */
  note: text(1000).optional(),
  /** Portal local time when the report was made, if the site's time zone is known. */
  portalTime: z.object({ timeZone: text(60), localTime: text(40) }).optional()
})

export type ReportV1 = z.infer<typeof ReportV1Schema>
