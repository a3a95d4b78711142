import { CATEGORY_IDS } from "~src/diagnosis/categories"
import type { Answers, DiagnosisItem, EvidenceNote } from "~src/diagnosis/types"
import type { EnvironmentFacts } from "~src/environment/types"
import { STEP_IDS } from "~src/flow/steps"
import type { Locale } from "~src/i18n/locale"
import type { NetworkEvent } from "~src/network/types"
import type { PageState } from "~src/page/types"

import { capText } from "./cap-text"
import { cleanText } from "./clean-text"
import { REPORT_FORMAT, REPORT_VERSION } from "./format-id"
import { formatInTimeZone, formatIsoWithOffset, reexpressIso } from "./iso-time"
import { reportEnvironment, utcOffsetOf } from "./report-environment"
import { REPORT_LIMITS as L } from "./report-limits"
import type { ReportV1 } from "./schema"

export type TriedOutcome = ReportV1["tried"][number]["outcome"]

export interface BuildReportInput {
  pageState: PageState
  environment: Partial<EnvironmentFacts>
  network: NetworkEvent[]
  /** Most likely first, as diagnose() returns it. */
  diagnosis: DiagnosisItem[]
  answers: Answers
  tried: { fix: string; outcome: TriedOutcome; at?: string }[]
  locale: Locale
  now: Date
  /** The applicant's own words. */
  note?: string
  tool: { name: string; version: string }
  /** IANA zone of the portal (from its site profile), for "portal time". */
  portalTimeZone?: string
}

/**
 * Builds the Report v1 document the applicant previews and copies. Every free text passes
 * redaction; every field is checked and shortened so that whatever the page held, the
 * result satisfies ReportV1Schema (which this file does not import: it runs in the
 * content script, where zod would cost ~125 KB).
 *
 * Times are written at the applicant's UTC offset as the environment reports it, so a
 * volunteer in another zone reads the applicant's wall clock.
 */
export function buildReport(input: BuildReportInput): ReportV1 {
  const offset = utcOffsetOf(input.environment) ?? 0
  const createdAt = formatIsoWithOffset(input.now, offset)
  const time = (value: string | undefined) => (value && reexpressIso(value, offset)) || createdAt
  const { pageState } = input

  const report: ReportV1 = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt,
    tool: { name: capText(input.tool.name, L.toolName), version: capText(input.tool.version, L.toolVersion) },
    locale: input.locale === "zh-CN" ? "zh-CN" : "en",
    page: {
      site: pageState.site
        ? {
            id: capText(pageState.site.id, L.siteId),
            name: { en: capText(pageState.site.name.en, L.siteName), "zh-CN": capText(pageState.site.name["zh-CN"], L.siteName) }
          }
        : null,
      origin: cleanText(pageState.origin, L.origin),
      path: cleanText(withoutQuery(pageState.path), L.path),
      step: {
        id: (STEP_IDS as readonly string[]).includes(pageState.step.id) ? pageState.step.id : "unknown",
        confidence: unitInterval(pageState.step.confidence),
        evidence: pageState.step.evidence.slice(0, L.stepEvidenceCount).map((line) => cleanText(line, L.stepEvidence))
      }
    },
    // The latest errors are the ones on screen now; older ones give way first.
    errors: pageState.errors.slice(-L.errorCount).map((error) => {
      const code = error.code === undefined ? "" : cleanText(error.code, L.errorCode)
      return {
        text: cleanText(error.text, L.errorText),
        ...(code ? { code } : {}),
        source: capText(error.source, L.errorSource),
        firstSeen: time(error.firstSeen),
        lastSeen: time(error.lastSeen)
      }
    }),
    environment: reportEnvironment(input.environment),
    network: input.network.slice(-L.networkCount).map((event) => ({
      origin: cleanText(event.origin, L.origin),
      path: cleanText(withoutQuery(event.path), L.path),
      kind: event.kind,
      ...(Number.isInteger(event.status) ? { status: event.status } : {}),
      ...(event.error === undefined ? {} : { error: cleanText(event.error, L.networkError) }),
      ...(event.resourceType === undefined ? {} : { resourceType: capText(event.resourceType, L.resourceType) }),
      time: time(event.time)
    })),
    diagnosis: input.diagnosis
      .filter((item) => (CATEGORY_IDS as readonly string[]).includes(item.category))
      .slice(0, L.diagnosisCount)
      .map((item) => ({
        cause: capText(item.cause, L.causeId),
        category: item.category,
        confidence: unitInterval(item.confidence),
        evidence: item.evidence.slice(0, L.evidenceCount).map(reportEvidenceNote),
        fixes: item.fixes.slice(0, L.fixCount).map((fix) => capText(fix, L.fixId))
      })),
    answers: reportAnswers(input.answers),
    tried: input.tried.slice(-L.triedCount).map((entry) => ({
      fix: capText(entry.fix, L.fixId),
      outcome: entry.outcome,
      ...(entry.at === undefined ? {} : { at: time(entry.at) })
    }))
  }

  const note = input.note?.trim() ? cleanText(input.note.trim(), L.note) : ""
  if (note) report.note = note
  const portalTime = input.portalTimeZone ? formatInTimeZone(input.now, input.portalTimeZone) : null
  if (input.portalTimeZone && portalTime) {
    report.portalTime = { timeZone: capText(input.portalTimeZone, L.timeZone), localTime: capText(portalTime, L.portalLocalTime) }
  }
  return report
}

function withoutQuery(path: string): string {
  return path.split(/[?#]/, 1)[0] ?? ""
}

function unitInterval(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}

function reportEvidenceNote(note: EvidenceNote): ReportV1["diagnosis"][number]["evidence"][number] {
  const out: ReportV1["diagnosis"][number]["evidence"][number] = { kind: note.kind, id: capText(note.id, L.evidenceId) }
  if (note.params) {
    const params: Record<string, string | number> = {}
    for (const [key, value] of Object.entries(note.params)) {
      if (typeof value === "string") params[key] = cleanText(value, L.evidenceParam)
      else if (Number.isFinite(value)) params[key] = value
    }
    out.params = params
  }
  return out
}

function reportAnswers(answers: Answers): ReportV1["answers"] {
  const out: ReportV1["answers"] = {}
  if (typeof answers.paymentMethod === "string") out.paymentMethod = capText(answers.paymentMethod, L.paymentMethod)
  if (answers.cardType && ["credit", "debit", "prepaid", "unknown"].includes(answers.cardType)) out.cardType = answers.cardType
  if (typeof answers.issuerCountry === "string" && /^[A-Za-z]{2}$/.test(answers.issuerCountry)) out.issuerCountry = answers.issuerCountry.toUpperCase()
  if (answers.codeReceived && ["yes", "no", "not-asked"].includes(answers.codeReceived)) out.codeReceived = answers.codeReceived
  for (const key of ["virtualPhone", "phoneDiffersFromBank", "chargedWithoutReceipt"] as const) {
    if (typeof answers[key] === "boolean") out[key] = answers[key]
  }
  if (answers.device && ["computer", "phone", "tablet"].includes(answers.device)) out.device = answers.device
  return out
}
