import { classifyOutcome, classifyStatusValue, isStatusKey, type Outcome } from "./outcome"
import type { PageReader } from "./page-reader"
import type { ReadingWords } from "./reading-words"
import { collapseWhitespace, isOwnUi, visibleText } from "./visible-text"

/**
 * The page's prominent statements about the payment, read from what it says rather than
 * from where errors usually sit: the headings and the lede under them ("Your payment has
 * been declined" / "No money has been taken from your account…"), status pairs in tables
 * and description lists ("Status: FAILED", "交易状态：失败") and banners inside the main
 * content. Visible text only; form controls are never read.
 */
export interface OutcomeStatement {
  /** The element the statement was read from (the heading, the status row, the banner). */
  el: Element
  /** Visible text, whitespace-collapsed, not yet redacted: redact before keeping it. */
  text: string
  outcome: Outcome
  kind: "heading" | "status" | "banner"
}

const HEADING_SELECTORS = ["h1", "h2", "h3", '[role="heading"]', ".govuk-panel__title"]
/**
 * Result boxes, banners and message boxes: read only inside the main content (the whole page
 * outside its header, navigation and footer when it marks none), and only while short.
 */
const BANNER_SELECTOR =
  '.govuk-panel, .govuk-notification-banner, [class*="banner" i], [class*="notice" i], [class*="alert" i], [class*="result" i], [class*="status" i], [class*="message" i], [class*="msg" i], [class*="tiptext" i]'
const MAIN_SELECTOR = 'main, [role="main"]'
/** Chrome around the content: headings there name the site, not the payment. */
const CHROME_SELECTOR = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="banner"], [role="complementary"], .govuk-header, .govuk-footer'
/**
 * Error regions are capture-errors' own (a heading inside an error summary belongs to it);
 * labels and buttons name fields and actions, not outcomes. Forms are not excluded: older
 * portals wrap the whole page in one.
 */
const NOT_AN_OUTCOME_SELECTOR = '.govuk-error-summary, [role="alert"], [role="alertdialog"], label, button'

const MAX_HEADINGS = 12
const MAX_LEDE_PARTS = 2
const HEADING_MAX_CHARS = 200
const LEDE_MAX_CHARS = 300
const BANNER_MAX_CHARS = 400
const MAX_BANNERS = 20
const MAX_TABLES = 10
const MAX_ROWS_PER_TABLE = 25
const MAX_PAIRS = 40
const MAX_STATEMENTS = 12

const cache = new WeakMap<PageReader, OutcomeStatement[]>()

/**
 * The statements, read once per reader (step detection and error capture share it). A reader
 * without words (a content script whose background did not answer) reads none.
 */
export function readOutcomeStatements(page: PageReader): OutcomeStatement[] {
  let statements = cache.get(page)
  if (!statements) {
    statements = page.words ? readStatements(page, page.words) : []
    cache.set(page, statements)
  }
  return statements
}

function readStatements(page: PageReader, words: ReadingWords): OutcomeStatement[] {
  const out: OutcomeStatement[] = []
  const seen = new Set<Element>()
  const push = (statement: OutcomeStatement) => {
    // One statement per place: a banner around a heading already read adds only its details (names, card numbers).
    if (out.length < MAX_STATEMENTS && !out.some((s) => s.el.contains(statement.el) || statement.el.contains(s.el))) out.push(statement)
  }
  for (const s of headingStatements(page, words, seen)) push(s)
  for (const s of statusStatements(page, words)) push(s)
  for (const s of bannerStatements(page, words, seen)) push(s)
  return out
}

function excluded(el: Element, page: PageReader): boolean {
  return isOwnUi(el) || el.closest(CHROME_SELECTOR) !== null || el.closest(NOT_AN_OUTCOME_SELECTOR) !== null || !page.isShown(el)
}

function safeQuery(page: PageReader, selector: string): Element[] {
  try {
    return page.queryAll(selector)
  } catch {
    return []
  }
}

function headingStatements(page: PageReader, words: ReadingWords, seen: Set<Element>): OutcomeStatement[] {
  const out: OutcomeStatement[] = []
  let read = 0
  for (const selector of HEADING_SELECTORS) {
    for (const el of safeQuery(page, selector)) {
      if (read >= MAX_HEADINGS) break
      if (seen.has(el)) continue
      seen.add(el)
      if (el.getAttribute("role") === "heading" && Number(el.getAttribute("aria-level") ?? "2") > 3) continue
      if (excluded(el, page)) continue
      read++
      const heading = visibleText(el, page.isShown, { maxChars: HEADING_MAX_CHARS })
      if (!heading) continue
      const headingOutcome = classifyOutcome(heading, words)
      if (headingOutcome === "success") {
        out.push({ el, text: heading, outcome: "success", kind: "heading" })
        continue
      }
      const lede = ledeOf(el, page)
      const ledeOutcome = lede ? classifyOutcome(lede, words) : "neutral"
      // The heading states the outcome, or a heading about the payment ("Payment", "Transaction
      // status") sits over a lede that does; a lede under "Sign in" is general information.
      const outcome = headingOutcome !== "neutral" ? headingOutcome : words.paymentTopic.test(heading) ? ledeOutcome : "neutral"
      if (outcome === "neutral") continue
      out.push({ el, text: lede ? joinSentences(heading, lede) : heading, outcome, kind: "heading" })
    }
  }
  return out
}

/** The paragraph(s) right under a heading: its next siblings up to the next heading or form. */
function ledeOf(heading: Element, page: PageReader): string {
  let next = heading.nextElementSibling
  // A heading alone in its wrapper (<div class="header"><h1>…</h1></div><p>…</p>).
  if (!next && heading.parentElement && heading.parentElement.children.length === 1) next = heading.parentElement.nextElementSibling
  const parts: string[] = []
  for (let i = 0; next && parts.length < MAX_LEDE_PARTS && i < 4; i++, next = next.nextElementSibling) {
    const tag = next.tagName
    if (/^H[1-6]$/.test(tag) || tag === "FORM" || tag === "TABLE" || tag === "UL" || tag === "OL" || tag === "BUTTON") break
    if (tag !== "P" && tag !== "DIV" && tag !== "SPAN" && tag !== "STRONG") continue
    if (next.querySelector("form, input, select, textarea, button, h1, h2, h3")) break
    if (onlyLinks(next)) continue // "Return to merchant · Pay again": actions, not words about the payment
    const text = visibleText(next, page.isShown, { maxChars: LEDE_MAX_CHARS + 1, skipButtons: true })
    if (!text) continue
    if (text.length > LEDE_MAX_CHARS) break
    parts.push(text)
  }
  return parts.join(" ")
}

function onlyLinks(el: Element): boolean {
  let links = 0
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3 && (node.textContent ?? "").trim() !== "") return false
    if (node.nodeType === 1) {
      if ((node as Element).tagName !== "A") return false
      links++
    }
  }
  return links > 0
}

function joinSentences(first: string, second: string): string {
  // A lede that repeats its heading ("Your payment session has expired. Your payment session has expired. …").
  if (second.toLowerCase().startsWith(first.toLowerCase())) return second
  if (/[.!?。！？:：]$/.test(first)) return `${first} ${second}`
  return /[\u3400-\u9fff]$/.test(first) ? `${first}。${second}` : `${first}. ${second}`
}

const cellText = (el: Element, page: PageReader) => visibleText(el, page.isShown, { maxChars: 130 })
const stripColon = (label: string) => label.replace(/[:：]\s*$/, "").trim()

/** "Status | FAILED" rows, "Status: FAILED" cells, dt/dd pairs, and status columns of result tables. */
function statusStatements(page: PageReader, words: ReadingWords): OutcomeStatement[] {
  const out: OutcomeStatement[] = []
  const doc = page.doc
  const keep = (el: Element, label: string, value: string) => {
    if (out.length >= MAX_PAIRS) return
    const outcome = classifyStatusValue(value, words)
    if (outcome !== "neutral") out.push({ el, text: `${stripColon(label)}: ${value}`, outcome, kind: "status" })
  }

  const terms = doc.getElementsByTagName("dt")
  for (let i = 0; i < terms.length && i < MAX_PAIRS; i++) {
    const term = terms[i]
    const value = term.nextElementSibling
    if (value?.tagName !== "DD" || isOwnUi(term)) continue
    const label = cellText(term, page)
    if (label && isStatusKey(stripColon(label), words)) keep(term.parentElement ?? term, label, cellText(value, page))
  }

  // Summary lists and key/value rows built from divs (GOV.UK's summary list, Bootstrap rows).
  for (const key of safeQuery(page, ".govuk-summary-list__key").slice(0, MAX_PAIRS)) {
    const value = key.nextElementSibling
    const label = value ? cellText(key, page) : ""
    if (value && label && isStatusKey(stripColon(label), words)) keep(key.parentElement ?? key, label, cellText(value, page))
  }

  // Tables: a status row ("Payment Status | Transaction Failed"), a status column under a
  // header row, or one cell holding the pair. Only the first rows of the first tables, and
  // of each row only the cells needed: a 2,000-row history table costs no more than a
  // short one.
  const tables = doc.getElementsByTagName("table")
  for (let t = 0; t < tables.length && t < MAX_TABLES; t++) {
    const rows = (tables[t] as HTMLTableElement).rows
    if (!rows || isOwnUi(tables[t])) continue
    let statusColumn = -1
    let statusLabel = ""
    for (let r = 0; r < rows.length && r < MAX_ROWS_PER_TABLE; r++) {
      const row = rows[r]
      const cells = row.cells
      if (cells.length === 0) continue
      if (r === 0 && cells.length > 1 && Array.from(cells).every((c) => c.tagName === "TH")) {
        for (let c = 0; c < cells.length && statusColumn < 0; c++) {
          const label = stripColon(cellText(cells[c], page))
          if (label.length <= 40 && isStatusKey(label, words)) [statusColumn, statusLabel] = [c, label]
        }
        continue
      }
      if (statusColumn >= 0) {
        if (cells[statusColumn]) keep(row, statusLabel, cellText(cells[statusColumn], page))
        continue
      }
      const first = cellText(cells[0], page)
      if (cells.length > 1 && first.length <= 40 && isStatusKey(stripColon(first), words)) {
        keep(row, first, cellText(cells[1], page))
        continue
      }
      // One cell holding the whole pair: "Status: FAILED", "交易状态：失败".
      const pair = splitLabelled(first)
      if (pair && isStatusKey(pair[0], words)) keep(row, pair[0], pair[1])
    }
  }

  // The same pair as a paragraph or list item outside tables.
  for (const tag of ["p", "li"]) {
    const elements = doc.getElementsByTagName(tag)
    for (let i = 0, read = 0; i < elements.length && read < 60; i++) {
      const el = elements[i]
      const raw = el.textContent ?? ""
      if (raw.length > 160 || (!raw.includes(":") && !raw.includes("："))) continue
      read++
      if (isOwnUi(el) || el.closest(CHROME_SELECTOR) !== null) continue
      const pair = splitLabelled(cellText(el, page))
      if (pair && isStatusKey(pair[0], words)) keep(el, pair[0], pair[1])
    }
  }
  return out
}

function splitLabelled(text: string): [string, string] | null {
  const at = text.search(/[:：]/)
  if (at <= 0 || at > 40) return null
  const label = text.slice(0, at).trim()
  const value = collapseWhitespace(text.slice(at + 1))
  return label && value ? [label, value] : null
}

function bannerStatements(page: PageReader, words: ReadingWords, seen: Set<Element>): OutcomeStatement[] {
  const out: OutcomeStatement[] = []
  let read = 0
  const hasMain = page.firstVisible(MAIN_SELECTOR) !== null
  for (const el of safeQuery(page, BANNER_SELECTOR)) {
    if (read >= MAX_BANNERS) break
    if (seen.has(el) || (hasMain && el.closest(MAIN_SELECTOR) === null)) continue
    // A banner that holds a form, inputs or a table of details is a layout block, not a message.
    if (el.querySelector("form, input, select, textarea, table, dl")) continue
    if (excluded(el, page)) continue
    read++
    const text = visibleText(el, page.isShown, { maxChars: BANNER_MAX_CHARS + 1, skipButtons: true })
    if (!text || text.length > BANNER_MAX_CHARS) continue
    const outcome = classifyOutcome(text, words)
    if (outcome !== "neutral") out.push({ el, text, outcome, kind: "banner" })
  }
  return out
}
