import { isPaymentMethodId, PAYMENT_METHODS } from "~src/flow/payment-methods"
import { isStepId } from "~src/flow/steps"
import type { Locale } from "~src/i18n/locale"
import { format } from "~src/i18n/catalogue"
import { messages } from "./messages"
import type { EvidenceNote } from "./types"

const lookup = (locale: Locale, key: string): string | undefined =>
  (messages[locale] as Record<string, string>)[key] ?? (messages.en as Record<string, string>)[key]

/**
 * One evidence note in the reader's words. Notes store ids (step, payment method) rather
 * than words, so a volunteer reading an applicant's report sees them in their own language.
 */
export function describeEvidence(note: EvidenceNote, locale: Locale): string {
  const template = lookup(locale, note.id)
  if (!template) return note.id
  const params: Record<string, string | number> = { ...(note.params ?? {}) }
  if (typeof params.step === "string" && isStepId(params.step)) params.step = lookup(locale, `step.${params.step}`) ?? params.step
  if (typeof params.method === "string" && isPaymentMethodId(params.method)) params.method = PAYMENT_METHODS[params.method][locale]
  return format(template, params)
}
