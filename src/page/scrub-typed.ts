/**
 * What the applicant typed never rides along in captured text. Pages echo it back ("Card
 * … (Wang Xiaoming) was declined"), and names or street addresses have no pattern the
 * redactor could catch. So at capture, and only there, the content script reads the
 * current values of the page's own text fields to replace their occurrences in the
 * captured texts with TYPED_MARK, in the same pass, and keeps nothing: no value outlives
 * scrubTypedValues, and none is stored, sent, logged or copied.
 */
export const TYPED_MARK = "‹typed›"

/** Shorter values would wipe ordinary words ("a", "UK"). */
export const MIN_TYPED_LENGTH = 3
/** Bounds the work on pages with hundreds of fields. */
const MAX_FIELDS = 200
/** A value longer than any message is not worth a pattern (and must not cost one). */
const MAX_VALUE_LENGTH = 500

/** Input types whose value is text the applicant typed; password and hidden are never read. */
const TEXT_INPUT_TYPES = new Set(["", "text", "email", "tel", "search", "url", "number"])

/**
 * Replaces every occurrence of `typed` in `text` with TYPED_MARK: case-insensitive, and a
 * run of spaces in either matches any run of whitespace in the other ("Wang  Xiaoming"
 * typed, "Wang Xiaoming" shown). Pure: the caller owns the value.
 */
export function replaceTyped(text: string, typed: string): string {
  const words = typed.trim().split(/\s+/).filter(Boolean)
  if (words.join(" ").length < MIN_TYPED_LENGTH || typed.length > MAX_VALUE_LENGTH) return text
  const pattern = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+")
  // Quick test first: no pattern is compiled for the common case where the value is not shown.
  if (!text.toLowerCase().includes(words[0].toLowerCase())) return text
  return text.replace(new RegExp(pattern, "giu"), TYPED_MARK)
}

function isTypedTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (el.tagName === "TEXTAREA") return true
  if (el.tagName !== "INPUT") return false
  return TEXT_INPUT_TYPES.has((el.getAttribute("type") ?? "").trim().toLowerCase())
}

/**
 * The captured texts with what the applicant typed into the page's text fields replaced by
 * TYPED_MARK. THE ONLY PLACE IN PAGE-FACING CODE THAT READS `.value`: each value is read,
 * used to scrub the texts and dropped within one loop turn; nothing else sees it.
 * Texts are scrubbed before redaction, so a value the redactor would cut in part (a
 * passport number inside an address) still matches whole.
 */
export function scrubTypedValues(root: Document | Element, texts: readonly string[]): string[] {
  let scrubbed = texts.slice()
  if (scrubbed.every((text) => text.length < MIN_TYPED_LENGTH)) return scrubbed
  const fields = root.querySelectorAll("input, textarea")
  for (let i = 0; i < fields.length && i < MAX_FIELDS; i++) {
    const field = fields[i]
    if (!isTypedTextField(field)) continue
    // Read to scrub, never kept: see the function's comment.
    scrubbed = replaceInEach(scrubbed, field.value)
  }
  return scrubbed
}

function replaceInEach(texts: string[], typed: string): string[] {
  return texts.map((text) => replaceTyped(text, typed))
}
