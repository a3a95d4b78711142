import type { FixDefinition } from "~src/diagnosis/types"
import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import type { ReportV1 } from "~src/report/schema"
import { messages } from "./messages"

export interface ReplyInput {
  report: ReportV1
  /** The applicant's language (report.locale), not the volunteer's. */
  locale: Locale
  /** Fixes the volunteer chose, in the order to send them. */
  fixes: readonly FixDefinition[]
  /** Plain title of the most likely cause, in `locale`; omitted when unknown. */
  causeTitle?: string | null
  /** The volunteer's own words, added as they are. */
  freeText?: string
}

/** Categories where paying again could charge the applicant twice. */
const PAY_AGAIN_RISK = new Set(["duplicate-payment", "site-or-gateway-error"])

/**
 * A chat message for the applicant (seed 3.3): reassure first, name the likely reason in
 * plain words, give numbered steps, ask them to say what they see after. Plain text so it
 * pastes into any chat app.
 */
export function composeReply({ report, locale, fixes, causeTitle, freeText }: ReplyInput): string {
  const t = translator(messages, locale)
  const paragraphs: string[] = [t("reply-greeting")]
  if (causeTitle) paragraphs.push(t("reply-cause", { cause: causeTitle }))
  const top = report.diagnosis[0]
  if (report.answers.chargedWithoutReceipt || (top && PAY_AGAIN_RISK.has(top.category))) {
    paragraphs.push(t("reply-do-not-pay-again"))
  }
  if (fixes.length > 0) {
    const lines = [t("reply-intro-steps")]
    fixes.forEach((fix, index) => {
      lines.push(t("reply-fix-heading", { number: index + 1, title: fix.title[locale] }))
      for (const step of fix.steps) lines.push(`   - ${step[locale]}`)
    })
    paragraphs.push(lines.join("\n"))
  } else if (!freeText?.trim()) {
    paragraphs.push(t("reply-no-fixes"))
  }
  const own = freeText?.trim()
  if (own) paragraphs.push(own)
  paragraphs.push(t("reply-check-in"), t("reply-sign-off"))
  return paragraphs.join("\n\n")
}
