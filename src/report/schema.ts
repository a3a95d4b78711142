import * as z from "zod" // namespace import: the extension bundler empties the named `z` export

import { CATEGORY_IDS } from "~src/diagnosis/categories"
import { STEP_IDS } from "~src/flow/steps"

import { REPORT_FORMAT, REPORT_VERSION } from "./format-id"
import { ISO_WITH_OFFSET } from "./iso-time"
import { REPORT_LIMITS as L } from "./report-limits"

/**
 * Report v1 — the single definition of the report contract (design.md, docs/report-format.md).
 * Bump `version` and add a new schema for any incompatible change. Length limits live in
 * report-limits.ts so the zod-free builder keeps reports inside them.
 */
export { REPORT_FORMAT, REPORT_VERSION }

const text = (max: number) => z.string().max(max)
const isoWithOffset = z.string().regex(ISO_WITH_OFFSET, "ISO 8601 time with offset")
const localized = z.object({ en: text(L.siteName), "zh-CN": text(L.siteName) })

export const EvidenceNoteSchema = z.object({
  kind: z.enum(["text", "code", "step", "environment", "network", "answer", "time", "attempts", "site"]),
  id: text(L.evidenceId),
  params: z.record(z.string(), z.union([text(L.evidenceParam), z.number()])).optional()
})

export const ReportV1Schema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  createdAt: isoWithOffset,
  tool: z.object({ name: text(L.toolName), version: text(L.toolVersion) }),
  locale: z.enum(["zh-CN", "en"]),
  page: z.object({
    site: z.object({ id: text(L.siteId), name: localized }).nullable(),
    origin: text(L.origin),
    path: text(L.path),
    step: z.object({
      id: z.enum(STEP_IDS),
      confidence: z.number().min(0).max(1),
      evidence: z.array(text(L.stepEvidence)).max(L.stepEvidenceCount)
    })
  }),
  errors: z
    .array(
      z.object({
        text: text(L.errorText),
        code: text(L.errorCode).optional(),
        source: text(L.errorSource),
        firstSeen: isoWithOffset,
        lastSeen: isoWithOffset
      })
    )
    .max(L.errorCount),
  environment: z
    .object({
      browser: z.object({ name: text(L.browserName), version: text(L.browserVersion), major: z.number().int().nullable(), engine: text(L.engine) }),
      os: z.object({ name: text(L.osName), version: text(L.osVersion) }),
      device: z.enum(["desktop", "mobile", "tablet", "unknown"]),
      languages: z.array(text(L.language)).max(L.languageCount),
      timeZone: text(L.timeZone),
      utcOffsetMinutes: z.number().int().min(-840).max(840),
      localTime: isoWithOffset,
      clockSkewSeconds: z.number().nullable(),
      cookiesEnabled: z.boolean(),
      thirdPartyCookiesBlocked: z.boolean().nullable(),
      online: z.boolean(),
      connection: z
        .object({
          effectiveType: text(L.effectiveType).optional(),
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
      pageErrors: z.object({ count: z.number().int().min(0), messages: z.array(text(L.pageErrorMessage)).max(L.pageErrorCount) }),
      extensionVersion: text(L.extensionVersion)
    })
    .partial(),
  network: z
    .array(
      z.object({
        origin: text(L.origin),
        path: text(L.path),
        kind: z.enum(["blocked-by-client", "dns", "connection", "timeout", "certificate", "http", "aborted", "other"]),
        status: z.number().int().optional(),
        error: text(L.networkError).optional(),
        resourceType: text(L.resourceType).optional(),
        time: isoWithOffset
      })
    )
    .max(L.networkCount),
  diagnosis: z
    .array(
      z.object({
        cause: text(L.causeId),
        category: z.enum(CATEGORY_IDS),
        confidence: z.number().min(0).max(1),
        evidence: z.array(EvidenceNoteSchema).max(L.evidenceCount),
        fixes: z.array(text(L.fixId)).max(L.fixCount)
      })
    )
    .max(L.diagnosisCount),
  answers: z
    .object({
      paymentMethod: text(L.paymentMethod).optional(),
      cardType: z.enum(["credit", "debit", "prepaid", "unknown"]).optional(),
      issuerCountry: text(2).optional(),
      codeReceived: z.enum(["yes", "no", "not-asked"]).optional(),
      virtualPhone: z.boolean().optional(),
      phoneDiffersFromBank: z.boolean().optional(),
      chargedWithoutReceipt: z.boolean().optional(),
      device: z.enum(["computer", "phone", "tablet"]).optional()
    })
    .strict(),
  tried: z.array(z.object({ fix: text(L.fixId), outcome: z.enum(["helped", "did-not-help", "not-tried"]), at: isoWithOffset.optional() })).max(L.triedCount),
  /** The applicant's own words, redacted. */
  note: text(L.note).optional(),
  /** Portal local time when the report was made, if the site's time zone is known. */
  portalTime: z.object({ timeZone: text(L.timeZone), localTime: text(L.portalLocalTime) }).optional()
})

export type ReportV1 = z.infer<typeof ReportV1Schema>
