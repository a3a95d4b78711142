/**
 * The marks that stand in for removed personal data. Defined once: redaction writes them,
 * the preview and the desk find them again. They hold no digits or letters of the removed
 * text (not even the last four card digits) and read the same in every language; the
 * preview shows a localized label beside each one.
 */
export const REDACTION_KINDS = ["card", "cvv", "expiry", "otp", "email", "phone", "passport", "reference"] as const

export type RedactionKind = (typeof REDACTION_KINDS)[number]

/** One removed piece; `start`/`end` are positions of the mark in the redacted text. */
export interface Redaction {
  kind: RedactionKind
  start: number
  end: number
}

export const REDACTION_MARKS: Record<RedactionKind, string> = {
  card: "‹card›",
  cvv: "‹cvv›",
  expiry: "‹expiry›",
  otp: "‹otp›",
  email: "‹email›",
  phone: "‹phone›",
  passport: "‹passport›",
  reference: "‹ref›"
}

const KIND_BY_MARK = new Map(Object.entries(REDACTION_MARKS).map(([kind, mark]) => [mark, kind as RedactionKind]))
const MARK_PATTERN = new RegExp(Object.values(REDACTION_MARKS).join("|"), "g")

/** A piece of redacted text: plain text, or a mark standing for removed data. */
export interface TextSegment {
  text: string
  redacted?: RedactionKind
}

/** Splits already-redacted text into plain parts and marks, so views can style the marks. */
export function splitRedactionMarks(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let last = 0
  for (const match of text.matchAll(MARK_PATTERN)) {
    const start = match.index
    if (start > last) segments.push({ text: text.slice(last, start) })
    segments.push({ text: match[0], redacted: KIND_BY_MARK.get(match[0]) })
    last = start + match[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last) })
  return segments
}
