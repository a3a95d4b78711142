import { collapseWhitespace, isOwnUi, visibleText } from "./visible-text"
import { createVisibilityCheck, type VisibilityCheck } from "./visibility"

/**
 * One read of a page, shared by step detection, signals and error capture so each pass
 * computes visibility and landmark text once. Make a new reader for every pass: the page
 * changes between passes.
 */
export interface PageReader {
  readonly doc: Document
  readonly isShown: VisibilityCheck
  /** Lower-cased visible texts of headings, buttons, legends, labels, short cells… */
  landmarks(): readonly string[]
  /** The first visible element matching the selector, or null (also for invalid selectors). */
  firstVisible(selector: string): Element | null
}

/** Where pages put the words that name a step: headings, buttons, legends, labels. */
const LANDMARK_SELECTOR = [
  "h1", "h2", "h3", "h4", "h5", "h6", '[role="heading"]', "legend", "caption", "th", "label",
  "button", '[role="button"]', '[role="alert"]', '[role="status"]', "a[class*='btn']", "a[class*='button']",
  "strong", "b", ".alert", ".title", ".page-title", ".panel-heading", ".card-header", "p", "td", "font", "center",
  'input[type="submit"]', 'input[type="button"]'
].join(",")

/** Paragraphs and cells only count as landmarks while short: long ones are body text. */
const SHORT_BLOCK_TAGS = new Set(["P", "TD", "FONT", "CENTER"])
const SHORT_BLOCK_MAX = 120
const LANDMARK_MAX_CHARS = 200
/** Bounds the work on huge pages; the words that name a step come early. */
const MAX_LANDMARKS = 800

function readLandmarks(doc: Document, isShown: VisibilityCheck): string[] {
  const texts: string[] = []
  const title = collapseWhitespace(doc.title ?? "")
  if (title) texts.push(title.toLowerCase())
  const elements = doc.querySelectorAll(LANDMARK_SELECTOR)
  for (let i = 0; i < elements.length && texts.length < MAX_LANDMARKS; i++) {
    const el = elements[i]
    if (isOwnUi(el)) continue
    let text: string
    if (el.tagName === "INPUT") {
      // The label of a submit/button input is its value attribute, written by the site
      // (never typed by the applicant); we read the attribute, not the live `.value`.
      if (!isShown(el)) continue
      text = collapseWhitespace(el.getAttribute("value") ?? "")
    } else {
      text = visibleText(el, isShown, { maxChars: LANDMARK_MAX_CHARS })
      if (SHORT_BLOCK_TAGS.has(el.tagName) && text.length > SHORT_BLOCK_MAX) continue
    }
    if (text) texts.push(text.toLowerCase())
  }
  return texts
}

export function createPageReader(doc: Document): PageReader {
  const isShown = createVisibilityCheck()
  let landmarks: string[] | null = null
  const visibleBySelector = new Map<string, Element | null>()
  return {
    doc,
    isShown,
    landmarks() {
      landmarks ??= readLandmarks(doc, isShown)
      return landmarks
    },
    firstVisible(selector) {
      if (visibleBySelector.has(selector)) return visibleBySelector.get(selector)!
      let found: Element | null = null
      try {
        for (const el of doc.querySelectorAll(selector)) {
          if (!isOwnUi(el) && isShown(el)) {
            found = el
            break
          }
        }
      } catch {
        found = null // an invalid selector in profile data must not break the page
      }
      visibleBySelector.set(selector, found)
      return found
    }
  }
}

/**
 * Case-insensitive phrase search. Latin phrases must stand as whole words, so
 * "payment successful" is not found in "payment unsuccessful"; CJK text has no word
 * boundaries and is matched as a plain substring.
 */
export function containsPhrase(haystackLower: string, phrase: string): boolean {
  const needle = phrase.toLowerCase()
  let from = 0
  for (;;) {
    const at = haystackLower.indexOf(needle, from)
    if (at < 0) return false
    const before = haystackLower[at - 1]
    const after = haystackLower[at + needle.length]
    const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/i.test(c)
    const latinStart = /^[a-z0-9]/i.test(needle)
    const latinEnd = /[a-z0-9]$/i.test(needle)
    if (!(latinStart && isWordChar(before)) && !(latinEnd && isWordChar(after))) return true
    from = at + 1
  }
}
