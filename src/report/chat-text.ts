import type { Locale } from "~src/i18n/locale"

import { capText } from "./cap-text"
import { joinList, reportPhrases, type NameLookups } from "./report-phrases"
import type { ReportV1 } from "./schema"
import { encodeShareCode } from "./share-code"

/** The readable part stays under this many characters; the share code follows it. */
export const CHAT_TEXT_BUDGET = 900
const ERROR_QUOTE_MAX = 180
const NOTE_MAX = 200
const TRIED_SHOWN = 4

interface Line {
  text: string
  /** Lines with the highest number are dropped first when the text is too long. */
  dropOrder: number
}

/**
 * The text the applicant pastes into WeChat, WhatsApp or an e-mail: one short fact per
 * line, no tables, in the applicant's language, then a blank line and the share code on
 * its own line (the desk reads the code; a volunteer without the extension reads the
 * lines). `names` turns cause and fix ids into words; by default the knowledge base's
 * titles (src/diagnosis getCause/getFix), `{}` names causes by their category.
 */
export function reportToChatText(report: ReportV1, locale: Locale, names: NameLookups): string {
  const p = reportPhrases(report, locale, names)
  const { t } = p
  const lines: Line[] = [{ text: t("chat.greeting"), dropOrder: 0 }]
  lines.push({ text: t("chat.site", { site: p.siteName(), step: p.step() }), dropOrder: 0 })

  // The latest message first: it is the one on screen.
  const errors = [...report.errors].reverse()
  errors.slice(0, 2).forEach((error, i) => lines.push({ text: t("chat.error", { text: capText(error.text, ERROR_QUOTE_MAX) }), dropOrder: i === 0 ? 1 : 6 }))
  if (errors.length > 2) lines.push({ text: t("chat.more-errors", { count: errors.length - 2 }), dropOrder: 7 })

  if (report.environment.browser || report.environment.os) lines.push({ text: t("chat.device", p.device()), dropOrder: 2 })
  const when = p.time()
  lines.push({ text: t("chat.time", { time: when.time, offset: when.offset }), dropOrder: 1 })
  if (report.portalTime && when.portal) {
    // The date only when it differs from the applicant's: "08:35", or "2026-11-26 22:35".
    const time = when.portal.slice(0, 10) === when.time.slice(0, 10) ? when.portal.slice(11) : when.portal
    lines.push({ text: t("chat.portal-time", { time, zone: report.portalTime.timeZone }), dropOrder: 4 })
  }

  const method = p.paymentMethod()
  if (method) lines.push({ text: t("chat.payment", { method }), dropOrder: 2 })
  const { answers } = report
  if (answers.codeReceived === "no") lines.push({ text: t("chat.code-not-received"), dropOrder: 2 })
  if (answers.codeReceived === "yes") lines.push({ text: t("chat.code-received"), dropOrder: 5 })
  if (answers.phoneDiffersFromBank) lines.push({ text: t("chat.phone-differs"), dropOrder: 3 })
  if (answers.virtualPhone) lines.push({ text: t("chat.virtual-phone"), dropOrder: 3 })
  // A possible charge without a receipt is the one fact a volunteer must never miss.
  if (answers.chargedWithoutReceipt) lines.push({ text: t("chat.charged"), dropOrder: 0 })

  const top = report.diagnosis[0]
  if (top) lines.push({ text: t("chat.cause", { cause: p.cause(top) }), dropOrder: 1 })
  if (report.tried.length) {
    const shown = report.tried.slice(-TRIED_SHOWN).map(p.tried)
    lines.push({ text: t("chat.tried", { list: joinList(shown, locale) }), dropOrder: 3 })
  }
  if (report.note) lines.push({ text: t("chat.note", { note: capText(report.note, NOTE_MAX) }), dropOrder: 4 })

  const body = fitToBudget(lines, CHAT_TEXT_BUDGET)
  return `${body}\n\n${encodeShareCode(report)}`
}

/** Drops the least needed lines until the text fits; the share code still carries everything. */
function fitToBudget(lines: Line[], budget: number): string {
  let kept = lines
  const length = () => kept.reduce((sum, line) => sum + line.text.length + 1, -1)
  for (let order = 7; order > 0 && length() > budget; order--) kept = kept.filter((line) => line.dropOrder < order)
  const text = kept.map((line) => line.text).join("\n")
  return capText(text, budget)
}
