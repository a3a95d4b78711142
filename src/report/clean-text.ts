import { capText, trimBeforeRedaction } from "./cap-text"
import { redactText } from "./redact"

/**
 * Text from the page or the applicant, made fit for a report: cut to a bounded size
 * before redaction (so a huge page cannot make it slow, and no number is cut in half),
 * redacted, then shortened to the field's limit.
 */
export function cleanText(text: string, max: number): string {
  const bounded = trimBeforeRedaction(String(text), max * 4 + 64)
  return capText(redactText(bounded).text, max)
}
