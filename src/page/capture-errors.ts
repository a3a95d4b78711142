import type { SiteProfile } from "~src/sites/profile"

import { extractErrorCode } from "./error-codes"
import { isProblemOutcome } from "./outcome"
import { readOutcomeStatements } from "./outcome-statements"
import { createPageReader, type PageReader } from "./page-reader"
import type { ReadingWords } from "./reading-words"
import { redactCaptured } from "./redact-captured"
import { scrubTypedValues } from "./scrub-typed"
import type { CapturedError, ErrorSource } from "./types"
import { collapseWhitespace, isOwnUi, visibleText } from "./visible-text"

/**
 * The error messages a page shows, read from visible text only: error regions found by
 * selector, and the failed or unknown outcomes the page states in its headings and status
 * cells. Typed values are scrubbed from them (scrub-typed.ts) and they are redacted before
 * they leave this function.
 */

export const MAX_ERROR_LENGTH = 500
export const MAX_ERRORS = 20
/** Bounds the work on hostile pages with thousands of "error" elements. */
const MAX_CANDIDATES = 300

interface Region {
  selector: string
  source: ErrorSource
  needsErrorWords?: boolean
}

const listedRegionsByWords = new WeakMap<ReadingWords, Region[]>()

/**
 * The regions whose selectors come with the reading words (reading-words.ts): error classes,
 * dialogs and toasts. Joined once per set of words, not on every reading of the page.
 */
function listedRegions(words: ReadingWords | null): Region[] {
  if (!words) return []
  let regions = listedRegionsByWords.get(words)
  if (!regions) {
    regions = [
      { selector: words.errorClassSelectors.join(","), source: "known-class" as const },
      { selector: words.dialogSelectors.join(","), source: "dialog" as const, needsErrorWords: true },
      { selector: words.toastSelectors.join(","), source: "toast" as const, needsErrorWords: true }
    ].filter((region) => region.selector)
    listedRegionsByWords.set(words, regions)
  }
  return regions
}

/**
 * Order matters: an element found by an earlier region keeps that region's source. The
 * selectors of error classes, dialogs and toasts are data and come with the reading words,
 * like the host's own error regions with its profile; ARIA's alert roles and live regions are
 * the same on every page.
 */
function regionsFor(profile: SiteProfile | null, words: ReadingWords | null): Region[] {
  return [
    ...(profile?.errorRegions ?? []).map((selector): Region => ({ selector, source: "profile" })),
    { selector: '[role="alert"], [role="alertdialog"]', source: "alert-role" },
    ...listedRegions(words),
    { selector: '[aria-live="assertive"], [aria-live="polite"], [role="status"]', source: "aria-live", needsErrorWords: true }
  ]
}

function safeQueryAll(page: PageReader, selector: string): Element[] {
  try {
    return page.queryAll(selector)
  } catch {
    return [] // invalid selector in profile data
  }
}

/** The elements that describe why an invalid field is invalid (aria-describedby / aria-errormessage). */
function fieldErrorElements(page: PageReader): Element[] {
  const doc = page.doc
  const found: Element[] = []
  for (const field of safeQueryAll(page, '[aria-invalid="true"]')) {
    const ids = `${field.getAttribute("aria-errormessage") ?? ""} ${field.getAttribute("aria-describedby") ?? ""}`
    for (const id of ids.split(/\s+/).filter(Boolean)) {
      const el = doc.getElementById(id)
      if (el) found.push(el)
    }
  }
  return found
}

interface Candidate {
  el: Element
  source: ErrorSource
  needsErrorWords: boolean
}

function gatherCandidates(page: PageReader, profile: SiteProfile | null): Candidate[] {
  const bySource = new Map<Element, Candidate>()
  const add = (el: Element, source: ErrorSource, needsErrorWords: boolean) => {
    if (bySource.size >= MAX_CANDIDATES || bySource.has(el) || isOwnUi(el)) return
    bySource.set(el, { el, source, needsErrorWords })
  }
  for (const region of regionsFor(profile, page.words)) {
    for (const el of safeQueryAll(page, region.selector)) add(el, region.source, region.needsErrorWords ?? false)
  }
  // A field's description is often a hint ("as printed on the card") rather than an error:
  // keep it only when it says something is wrong.
  for (const el of fieldErrorElements(page)) add(el, "field", true)
  return [...bySource.values()].sort((a, b) =>
    a.el === b.el ? 0 : a.el.compareDocumentPosition(b.el) & 4 /* b follows a */ ? -1 : 1
  )
}

function capLength(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`
}

/** Redacts, collapses and caps one message; extracts its code from the redacted text. */
export function toCapturedError(rawText: string, source: ErrorSource, now: Date): CapturedError | null {
  const text = capLength(collapseWhitespace(redactCaptured(collapseWhitespace(rawText).slice(0, MAX_ERROR_LENGTH * 2))))
  if (!text) return null
  const code = extractErrorCode(text)
  const time = now.toISOString()
  return { text, ...(code ? { code } : {}), source, firstSeen: time, lastSeen: time }
}

export function captureVisibleErrors(root: Document, profile: SiteProfile | null, now: Date, reader?: PageReader): CapturedError[] {
  const page = reader ?? createPageReader(root)
  const found: { el: Element; raw: string; source: ErrorSource }[] = []
  const within = (el: Element) => found.some((f) => f.el.contains(el))
  for (const candidate of gatherCandidates(page, profile)) {
    // Room for the duplicates dropped below, within bounds.
    if (found.length >= MAX_ERRORS * 3) break
    // Nested regions (an alert inside an error summary) are one message: the outer one holds it all.
    if (within(candidate.el)) continue
    const raw = visibleText(candidate.el, page.isShown, { maxChars: MAX_ERROR_LENGTH * 2, skipButtons: true })
    if (!raw) continue
    // Live regions, dialogs and toasts count only with error words (reading-words.ts): without
    // the words, only regions whose sole purpose is errors are read.
    if (candidate.needsErrorWords && !page.words?.errorWords.test(raw)) continue
    found.push({ el: candidate.el, raw, source: candidate.source })
  }
  // What the page states as a failed or unknown outcome in its headings, ledes, status
  // cells and banners, when no error region says anything: result pages state their outcome
  // there, and where a page has an error box its own words in it are the more precise.
  for (const statement of found.length > 0 ? [] : readOutcomeStatements(page)) {
    if (found.length >= MAX_ERRORS) break
    if (!isProblemOutcome(statement.outcome) || within(statement.el)) continue
    // A region already found says it in the page's own error box: that one is more precise.
    if (found.some((f) => statement.text.includes(f.raw) || f.raw.includes(statement.text))) continue
    found.push({ el: statement.el, raw: statement.text, source: "outcome" })
  }
  if (found.length === 0) return []

  // Typed values are scrubbed from the raw texts before anything else touches them.
  const scrubbed = scrubTypedValues(root, found.map((f) => f.raw))
  const kept: CapturedError[] = []
  found.forEach((f, i) => {
    if (kept.length >= MAX_ERRORS) return
    const error = toCapturedError(scrubbed[i], f.source, now)
    if (!error) return
    // The same words shown twice (summary and field, heading and alert) are one error.
    if (kept.some((k) => k.text.includes(error.text))) return
    for (let k = kept.length - 1; k >= 0; k--) if (error.text.includes(kept[k].text)) kept.splice(k, 1)
    kept.push(error)
  })
  return kept
}
