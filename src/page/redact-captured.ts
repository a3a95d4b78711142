import { redactText } from "~src/report/redact"

/**
 * Redaction of captured page text (errors, alert boxes, page error messages, paths), through
 * the report module's redactor so every stored or copied text is redacted the same way.
 * One seam: src/page and src/environment call this, never the redactor directly.
 */
export function redactCaptured(text: string): string {
  return redactText(text).text
}
