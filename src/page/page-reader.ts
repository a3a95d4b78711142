import type { ReadingWords } from "./reading-words"
import { follows, isSmallDocument, type PoolCache, queryAllInOrder, queryOne, splitSelectorList } from "./selector-list"
import { collapseWhitespace, isOwnUi, visibleText } from "./visible-text"
import { createVisibilityCheck, type VisibilityCheck } from "./visibility"

/**
 * One read of a page, shared by step detection, signals and error capture so each pass
 * computes visibility and landmark text once. Make a new reader for every pass: the page
 * changes between passes.
 */
export interface PageReader {
  readonly doc: Document
  /** The words statements about the payment are read with (null: none are read). */
  readonly words: ReadingWords | null
  readonly isShown: VisibilityCheck
  /** Lower-cased visible texts of headings, buttons, legends, labels, short cells… */
  landmarks(): readonly string[]
  /** Whether any landmark contains the phrase (see containsPhrase), cached for the pass. */
  hasPhrase(phrase: string): boolean
  /** The first visible element matching the selector, or null (also for invalid selectors). */
  firstVisible(selector: string): Element | null
  /** Every element matching the selector, as querySelectorAll (which it throws like) but faster. */
  queryAll(selector: string): Element[]
}

/**
 * Where pages put the words that name a step: headings, buttons, legends, labels. Each
 * selector is queried on its own (see selector-list.ts for why); together they are few.
 */
const NAMING_SELECTORS = [
  "h1", "h2", "h3", "h4", "h5", "h6", '[role="heading"]', "legend", "caption", "th", "label",
  "button", '[role="button"]', '[role="alert"]', '[role="status"]', "a[class*='btn']", "a[class*='button']",
  "strong", "b", ".alert", ".title", ".page-title", ".panel-heading", ".card-header",
  'input[type="submit"]', 'input[type="button"]'
]

/**
 * Paragraphs and cells: older portals put their result in a <td> or <font>. They only count
 * as landmarks while short (long ones are body text), and are read after the naming
 * elements, at most MAX_SHORT_BLOCKS_PER_TAG of each tag, so that a 2,000-row table neither
 * costs milliseconds nor crowds out the heading that names the step.
 */
const SHORT_BLOCK_TAGS = ["p", "td", "font", "center"]
const SHORT_BLOCK_TAG_NAMES = new Set(SHORT_BLOCK_TAGS.map((tag) => tag.toUpperCase()))
const SHORT_BLOCK_MAX = 120
const MAX_SHORT_BLOCKS_PER_TAG = 150
const LANDMARK_MAX_CHARS = 200
/** Bounds the work on hostile pages with thousands of headings or labels. */
const MAX_LANDMARKS = 800

/** Every element matching one selector (not a list), in document order. */
type QueryOne = (selector: string) => ArrayLike<Element>

function readLandmarks(doc: Document, isShown: VisibilityCheck, query: QueryOne): string[] {
  const texts: string[] = []
  const title = collapseWhitespace(doc.title ?? "")
  if (title) texts.push(title.toLowerCase())
  const seen = new Set<Element>()

  for (const selector of NAMING_SELECTORS) {
    const elements = query(selector)
    for (let i = 0; i < elements.length && texts.length < MAX_LANDMARKS; i++) {
      const el = elements[i]
      if (seen.has(el) || isOwnUi(el)) continue
      seen.add(el)
      let text: string
      if (el.tagName === "INPUT") {
        // The label of a submit/button input is its value attribute, written by the site
        // (never typed by the applicant); we read the attribute, not the live `.value`.
        if (!isShown(el)) continue
        text = collapseWhitespace(el.getAttribute("value") ?? "")
      } else {
        text = visibleText(el, isShown, { maxChars: LANDMARK_MAX_CHARS })
        // A cell that is also a .title is still a cell: long, it is body text.
        if (SHORT_BLOCK_TAG_NAMES.has(el.tagName) && text.length > SHORT_BLOCK_MAX) continue
      }
      if (text) texts.push(text.toLowerCase())
    }
  }

  for (const tag of SHORT_BLOCK_TAGS) {
    // A live collection read by index without asking its length walks the page only as far
    // as the last element read, not past the 150th cell into a 2,000-row table.
    const elements = doc.getElementsByTagName(tag)
    let read = 0
    for (let i = 0; read < MAX_SHORT_BLOCKS_PER_TAG && texts.length < MAX_LANDMARKS; i++) {
      const el = elements[i]
      if (el === undefined) break
      // An empty cell has no words: skip it before the (costlier) visibility test.
      if (el.firstChild === null || seen.has(el) || isOwnUi(el)) continue
      seen.add(el)
      read++
      const text = visibleText(el, isShown, { maxChars: LANDMARK_MAX_CHARS })
      if (text && text.length <= SHORT_BLOCK_MAX) texts.push(text.toLowerCase())
    }
  }
  return texts
}

/** Separates landmarks in the text phrases are searched in; no phrase spans it. */
const LANDMARK_SEPARATOR = "\n"

export function createPageReader(doc: Document, words: ReadingWords | null = null): PageReader {
  const isShown = createVisibilityCheck()
  let landmarks: string[] | null = null
  let landmarkText: string | null = null
  const phraseFound = new Map<string, boolean>()
  const visibleBySelector = new Map<string, Element | null>()

  const pools: PoolCache = new Map()
  // Small pages are queried with whole selector lists, big ones selector by selector (see
  // selector-list.ts); both give the same elements in the same order.
  let small: boolean | null = null
  const isSmall = () => (small ??= isSmallDocument(doc))
  const query: QueryOne = (selector) => (isSmall() ? doc.querySelectorAll(selector) : queryOne(doc, selector, pools))
  const readLandmarksOnce = () => (landmarks ??= readLandmarks(doc, isShown, query))

  const firstShown = (matches: ArrayLike<Element>): Element | null => {
    for (let i = 0; i < matches.length; i++) {
      const el = matches[i]
      if (!isOwnUi(el) && isShown(el)) return el
    }
    return null
  }

  /** The first shown match of one selector (not a list), cached for the pass. */
  const firstShownMatch = (selector: string): Element | null => {
    if (visibleBySelector.has(selector)) return visibleBySelector.get(selector)!
    const found = firstShown(query(selector))
    visibleBySelector.set(selector, found)
    return found
  }

  return {
    doc,
    words,
    isShown,
    landmarks: readLandmarksOnce,
    hasPhrase(phrase) {
      const known = phraseFound.get(phrase)
      if (known !== undefined) return known
      // Landmarks hold collapsed whitespace, so a phrase with a line break never matched one.
      landmarkText ??= readLandmarksOnce().join(LANDMARK_SEPARATOR)
      const found = !phrase.includes(LANDMARK_SEPARATOR) && containsPhrase(landmarkText, phrase)
      phraseFound.set(phrase, found)
      return found
    },
    queryAll: (selector) => (isSmall() ? Array.from(doc.querySelectorAll(selector)) : queryAllInOrder(doc, selector, pools)),
    firstVisible(selector) {
      if (visibleBySelector.has(selector)) return visibleBySelector.get(selector)!
      let found: Element | null = null
      try {
        if (isSmall()) {
          found = firstShown(doc.querySelectorAll(selector))
        } else {
          // Each selector of a list on its own; the earliest of their first shown matches
          // is the list's first shown match.
          for (const part of splitSelectorList(selector)) {
            const first = firstShownMatch(part)
            if (first && (found === null || follows(first, found))) found = first
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
 * The form fields that carry an autofill token (`cc-number`, `one-time-code`). Only fields
 * take these tokens, and naming them lets the query test the page's few fields rather than
 * every element.
 */
export function autofillFieldSelector(token: string): string {
  return ["input", "select", "textarea"].map((tag) => `${tag}[autocomplete~="${token}" i]`).join(", ")
}

/**
 * Case-insensitive phrase search. Latin phrases must stand as whole words, so
 * "payment successful" is not found in "payment unsuccessful"; CJK text has no word
 * boundaries and is matched as a plain substring.
 */
export function containsPhrase(haystackLower: string, phrase: string): boolean {
  const needle = phrase.toLowerCase()
  // Whether the needle starts and ends with a Latin letter or digit: only such ends need a
  // word boundary beside them. Tested on char codes, not with regexes, which a fresh
  // content script would compile first (issue #7).
  const latinStart = isLatinWordChar(needle.charCodeAt(0))
  const latinEnd = isLatinWordChar(needle.charCodeAt(needle.length - 1))
  let from = 0
  for (;;) {
    const at = haystackLower.indexOf(needle, from)
    if (at < 0) return false
    // charCodeAt past either end is NaN, which is no word character.
    const wordBefore = latinStart && isLatinWordChar(haystackLower.charCodeAt(at - 1))
    const wordAfter = latinEnd && isLatinWordChar(haystackLower.charCodeAt(at + needle.length))
    if (!wordBefore && !wordAfter) return true
    from = at + 1
  }
}

/** ASCII letters and digits, as /[a-z0-9]/i matches them (case-insensitive matching adds no other character). */
function isLatinWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
