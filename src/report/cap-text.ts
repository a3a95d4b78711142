import { REDACTION_MARKS } from "./redaction-marks"

const ELLIPSIS = "…"
const MARK_OPEN = REDACTION_MARKS.card[0]

/**
 * Shortens text to at most `max` characters, ending with "…" when cut. Never cuts a
 * redaction mark in half, and never splits a surrogate pair.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 0) return ""
  let cut = max - ELLIPSIS.length
  const open = text.lastIndexOf(MARK_OPEN, cut)
  if (open >= 0 && text.indexOf("›", open) >= cut) cut = open
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1
  return text.slice(0, Math.max(cut, 0)) + ELLIPSIS
}

/**
 * Shortens raw (not yet redacted) text before redaction so a huge page cannot make
 * redaction slow, without leaving part of a number at the cut: a cut through a card number
 * would leave digits too short to be recognised. Drops the token cut through, and earlier
 * tokens while they are digit groups ("… 4111 1111 11" loses all three groups).
 */
export function trimBeforeRedaction(text: string, max: number): string {
  if (text.length <= max) return text
  const isTokenChar = (ch: string) => /[A-Za-z0-9@._%+\-()]/.test(ch)
  let cut = max
  for (;;) {
    while (cut > 0 && isTokenChar(text[cut - 1])) cut--
    let beforeSpace = cut
    while (beforeSpace > 0 && (text[beforeSpace - 1] === " " || text[beforeSpace - 1] === "\u00a0")) beforeSpace--
    if (beforeSpace === cut || !/\d/.test(text[beforeSpace - 1] ?? "")) return text.slice(0, cut)
    cut = beforeSpace
  }
}
