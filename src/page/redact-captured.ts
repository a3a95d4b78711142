import { redactText } from "~src/report/redact"

/**
 * Redaction of captured page text (errors, alert boxes, page error messages, paths), through
 * the report module's redactor so every stored or copied text is redacted the same way.
 * One seam: src/page and src/environment call this, never the redactor directly.
 */
export function redactCaptured(text: string): string {
  if (!mayHoldPersonalData(text)) return text
  const known = redactedBefore.get(text)
  if (known !== undefined) return known
  const redacted = redactText(text).text
  if (redactedBefore.size >= MAX_REMEMBERED) redactedBefore.clear()
  redactedBefore.set(text, redacted)
  return redacted
}

/**
 * The page is read again on every change it makes, and mostly shows the same path and the
 * same errors as at the last reading: each text is redacted once per content script (the
 * redactor is pure), not on every reading. Bounded, so a page that keeps writing new
 * numbers cannot grow it.
 */
const MAX_REMEMBERED = 100
const redactedBefore = new Map<string, string>()

/**
 * Every detector of redactText needs an ASCII digit (cards, phones, codes, passports,
 * ids) or an "@" (e-mail addresses); text with neither comes back unchanged. Checking first
 * keeps a cold page load from compiling the redactor's few dozen patterns for a path like
 * "/evisa/payment" or an error like "Your card was declined" (issue #7: the first redaction
 * in a fresh content script cost 3–5 ms). redact-captured.test.ts holds the redactor to it.
 */
const DIGIT_OR_AT = /[0-9@]/

export function mayHoldPersonalData(text: string): boolean {
  return DIGIT_OR_AT.test(text)
}
