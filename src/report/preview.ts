import type { Locale } from "~src/i18n/locale"

import { cleanText } from "./clean-text"
import { splitRedactionMarks, type TextSegment } from "./redaction-marks"
import { REPORT_LIMITS as L } from "./report-limits"
import { joinList, reportPhrases, type NameLookups } from "./report-phrases"
import type { ReportV1 } from "./schema"

/** One part of the report as the applicant sees it before copying. */
export interface PreviewItem {
  /** Stable id, passed back to withoutItems(): "site", "error-0", "environment", "network", "answers", "diagnosis", "tried", "note". */
  id: string
  label: string
  /** The text, with the marks of removed data as their own segments. */
  segments: TextSegment[]
  /** Whether the applicant may leave it out (the site, step, time and diagnosis stay: without them a report says nothing). */
  removable: boolean
}

/** Ids the applicant may drop; "error-<n>" drops the n-th error. */
const REMOVABLE = new Set(["environment", "network", "answers", "tried", "note"])

/**
 * What the preview lists, in the applicant's language, in the order the chat text uses.
 * Free text comes straight from the (already redacted) report, so the marks the applicant
 * sees are exactly what will be copied.
 */
export function previewItems(report: ReportV1, locale: Locale, names: NameLookups): PreviewItem[] {
  const p = reportPhrases(report, locale, names)
  const { t } = p
  const items: PreviewItem[] = []
  const add = (id: string, label: string, text: string) =>
    items.push({ id, label, segments: splitRedactionMarks(text), removable: REMOVABLE.has(id) || id.startsWith("error-") })

  add("site", t("preview.site"), `${p.siteName()} · ${p.step()}\n${report.page.origin}${report.page.path}`)
  report.errors.forEach((error, index) => add(`error-${index}`, t("preview.error"), error.text))

  const when = p.time()
  add("time", t("preview.time"), `${when.time} (${when.offset})${when.portal && report.portalTime ? ` · ${report.portalTime.timeZone} ${when.portal}` : ""}`)

  const env = report.environment
  if (Object.keys(env).length > 0) {
    const d = p.device()
    const lines = [`${d.browser} · ${d.os} · ${d.device}`]
    if (env.languages?.length) lines.push(env.languages.join(", "))
    if (env.timeZone) lines.push(env.timeZone)
    if (env.pageErrors?.count) lines.push(t("preview.page-errors", { count: env.pageErrors.count }), ...env.pageErrors.messages)
    add("environment", t("preview.environment"), lines.join("\n"))
  }

  if (report.network.length > 0) {
    const lines = report.network.map((event) =>
      t("preview.network-entry", { origin: event.origin, path: event.path, kind: event.status ? `${event.kind} ${event.status}` : event.error ?? event.kind })
    )
    add("network", t("preview.network"), lines.join("\n"))
  }

  const answers = answerLines(report, p)
  if (answers.length > 0) add("answers", t("preview.answers"), answers.join("\n"))
  if (report.diagnosis.length > 0) add("diagnosis", t("preview.diagnosis"), report.diagnosis.map((item) => `${p.cause(item)} (${Math.round(item.confidence * 100)}%)`).join("\n"))
  if (report.tried.length > 0) add("tried", t("preview.tried"), joinList(report.tried.map(p.tried), locale))
  if (report.note) add("note", t("preview.note"), report.note)
  return items
}

function answerLines(report: ReportV1, p: ReturnType<typeof reportPhrases>): string[] {
  const { t } = p
  const { answers } = report
  const lines: string[] = []
  const method = p.paymentMethod()
  if (method) lines.push(t("chat.payment", { method }))
  if (answers.codeReceived === "no") lines.push(t("chat.code-not-received"))
  if (answers.codeReceived === "yes") lines.push(t("chat.code-received"))
  if (answers.phoneDiffersFromBank) lines.push(t("chat.phone-differs"))
  if (answers.virtualPhone) lines.push(t("chat.virtual-phone"))
  if (answers.chargedWithoutReceipt) lines.push(t("chat.charged"))
  return lines
}

/** The report without the items the applicant chose to leave out; unknown or fixed ids are ignored. */
export function withoutItems(report: ReportV1, ids: readonly string[]): ReportV1 {
  const drop = new Set(ids)
  const next: ReportV1 = {
    ...report,
    errors: report.errors.filter((_, index) => !drop.has(`error-${index}`)),
    environment: drop.has("environment") ? {} : report.environment,
    network: drop.has("network") ? [] : report.network,
    answers: drop.has("answers") ? {} : report.answers,
    tried: drop.has("tried") ? [] : report.tried
  }
  if (drop.has("note")) delete next.note
  return next
}

/** The report with the applicant's own words, redacted like everything else; empty removes the note. */
export function withNote(report: ReportV1, note: string): ReportV1 {
  const next = { ...report }
  const cleaned = note.trim() ? cleanText(note.trim(), L.note) : ""
  if (cleaned) next.note = cleaned
  else delete next.note
  return next
}
