import type { SiteProfile } from "~src/sites/profile"

import type { ReadingWords } from "./reading-words"
import { isOwnUi } from "./visible-text"

/**
 * Whether the full reading of this page (read-page.ts) could find anything that needs the
 * extension now: an error, a stated outcome, a payment in progress, a receipt. A cheap
 * superset of that reading: no visibility checks, no landmarks, no step scoring, one walk
 * over the page's text. False means the full reading would find none of those, and the
 * content script may stay quiet until something changes, the applicant acts or someone asks
 * (issue 15: most page views never show an error, and reading a page cold is most of what
 * we cost it).
 *
 * Every way the full reading finds one of those has its clue here, and
 * test/unit/quick-look-fixtures.test.ts holds that on every fixture and real page in the
 * repository. It is in the content script that loads on every portal page, so it is short.
 */
export function quickLook(doc: Document, profile: SiteProfile | null, words: ReadingWords | null): boolean {
  // Without the words the clues below cannot be looked for: read as before.
  if (!words) return true
  if (!doc.body) return false
  const receipt = profile?.steps.filter((rule) => rule.step === "receipt") ?? []
  const where = doc.location
  const address = where ? where.pathname + where.search + where.hash : ""
  if (
    // Regions whose only purpose is errors (capture-errors.ts): any text in them. Then the
    // regions that hold errors among other things, with error words.
    [...(profile?.errorRegions ?? []), '[role="alert"],[role="alertdialog"]', words.errorClassSelectors.join()].some((selector) => hasText(doc, selector)) ||
    hasText(doc, [...words.dialogSelectors, ...words.toastSelectors, "[aria-live],[role=status]"].join(), words.errorWords) ||
    someMatch(doc, "[aria-invalid=true],[aria-busy=true]") ||
    // A receipt the site's own rules know by address or markup (attempt-outcome.ts records it).
    receipt.some((rule) => rule.url?.some((re) => address.search(re) >= 0) || rule.selectors?.some((selector) => someMatch(doc, selector)))
  )
    return true

  // Statements (outcome-statements.ts), processing and receipt phrases are in the page's
  // text: headings, ledes, status cells, banners, the title. For phrases its text nodes are
  // joined both with and without a space, as table cells and inline markup join them.
  const texts = [doc.title]
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(), size = 0; node && size < MAX_TEXT_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement!
    const text = node.nodeValue!
    // Our own tab and panel live in a shadow root, which this walk never enters.
    if (!text.trim() || NOT_TEXT.test(parent.tagName)) continue
    texts.push(text)
    size += text.length
  }
  const [spaced, joined] = [" ", ""].map((joint) => texts.join(joint).replace(/\s+/g, " ").toLowerCase())
  const phrases = [...words.processingPhrases, ...words.referencePhrases, ...(words.stepPhrases.receipt ?? []), ...receipt.flatMap((rule) => rule.text ?? [])].map((phrase) => phrase.toLowerCase())
  return (
    phrases.some((phrase) => spaced.includes(phrase) || joined.includes(phrase)) ||
    // Outcome words stand whole in a text node, or start there ("declin", "fail").
    [words.failure, words.unknown, words.success].some((re) => spaced.search(re) >= 0) ||
    // Status values stand alone in their cell ("FAILED", "Pending"), or after their label.
    texts.some((raw) => {
      const text = raw.trim()
      const value = text.slice(Math.max(text.lastIndexOf(":"), text.lastIndexOf("：")) + 1).trim()
      return text.length <= 60 && [words.statusFailure, words.statusUnknown, words.statusSuccess].some((re) => text.search(re) >= 0 || value.search(re) >= 0)
    })
  )
}

/** Text under these is code or markup, never shown as text. */
const NOT_TEXT = /^(?:script|style|template|noscript)$/i
/** Enough for any portal's page; the rest of a huge page is not looked at. */
const MAX_TEXT_CHARS = 200_000

function someMatch(doc: Document, selector: string): boolean {
  try {
    return !!doc.querySelector(selector)
  } catch {
    return false // an invalid selector in profile data matches nothing, as in the full reading
  }
}

function hasText(doc: Document, selector: string, words?: RegExp): boolean {
  try {
    return [...doc.querySelectorAll(selector)].some((el) => {
      const text = el.textContent ?? ""
      return !isOwnUi(el) && text.trim() !== "" && (!words || text.search(words) >= 0)
    })
  } catch {
    return false
  }
}
