/**
 * Querying a selector list ("a, b, c") quickly. Chromium matches a list by testing every
 * element against every selector in it, so a 26-selector list over a 10,000-element page
 * costs milliseconds, while each selector alone takes its fast path (class, tag, id and
 * attribute indexes) in microseconds. Measured in bench/ on test/fixtures/bench/dom-10k.html.
 */

/**
 * On pages up to this many elements, letting the browser match a whole selector list costs
 * less than taking the list apart here: that is JavaScript that runs cold, in the
 * interpreter, on the content script's first read (issue #7: ~1 ms of the portal fixtures'
 * first read), while the browser's matching costs little per element. Bigger pages
 * (dom-10k) keep the per-selector fast paths below. The bound is a judgement between the
 * two measured cases, not a tuned value.
 */
const SMALL_PAGE_ELEMENTS = 1500

/** True when the document has at most SMALL_PAGE_ELEMENTS elements; walks no further than that. */
export function isSmallDocument(root: Document): boolean {
  // A live collection read by index walks the page only up to that index.
  return root.getElementsByTagName("*")[SMALL_PAGE_ELEMENTS] === undefined
}

/** Results above this many are ordered by the browser rather than sorted here. */
const MAX_SORTED_RESULTS = 64

/**
 * Calls `visit` with each character of `selector` that is at the top level: outside quotes,
 * brackets and parentheses, and not escaped. The one scanner both splitters below share.
 */
function forEachTopLevelChar(selector: string, visit: (c: string, index: number) => void): void {
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]
    if (c === "\\") {
      i++ // the escaped character is literal, whatever it is
      continue
    }
    if (quote) {
      if (c === quote) quote = null
      continue
    }
    if (c === '"' || c === "'") quote = c
    else if (c === "(" || c === "[") depth++
    else if ((c === ")" || c === "]") && depth > 0) depth--
    else if (depth === 0) visit(c, i)
  }
}

/**
 * The selectors of a list, split at top-level commas only (not inside `:is(a, b)`,
 * `[title="a,b"]` or escapes). Parts are trimmed; an empty part is kept so that querying
 * it throws, as querying the whole invalid list would.
 */
export function splitSelectorList(selector: string): string[] {
  const parts: string[] = []
  let start = 0
  forEachTopLevelChar(selector, (c, i) => {
    if (c !== ",") return
    parts.push(selector.slice(start, i).trim())
    start = i + 1
  })
  parts.push(selector.slice(start).trim())
  return parts
}

const COMBINATOR_OR_SPACE = new Set([" ", ">", "+", "~", "\t", "\n"])

/** The last compound of one selector (not a list): `input[name*="card" i]` of `form#pay input[name*="card" i]`. */
export function subjectOf(selector: string): string {
  let subjectStart = 0
  forEachTopLevelChar(selector, (c, i) => {
    if (COMBINATOR_OR_SPACE.has(c)) subjectStart = i + 1
  })
  return selector.slice(subjectStart)
}

/**
 * The tag name a subject starts with, or null (`.error`, `[role="alert"]`, `*`). Lower-case
 * HTML names only: a namespace (`svg|rect`) or a mixed-case name (`foreignObject`) is not
 * matched the same way by a bare type selector.
 */
function tagOf(subject: string): string | null {
  const tag = /^([a-z][a-z0-9]*)(?![|A-Za-z_-])/.exec(subject)
  return tag ? tag[1] : null
}

/**
 * `[class*="toast" i]`: Chromium tests class substrings slowly, so such subjects are tested on
 * the elements with a class. So are class subjects (`.error`, `.modal.show`): Chromium has no
 * class index and walks the whole page for each of the forty or so the reader asks about.
 */
const CLASS_ATTRIBUTE_SUBJECT = /^\[\s*class\s*[\]~|^$*=]/

/** Candidate lists this small are filtered here; bigger ones are left to the browser's query. */
const MAX_POOL = 256

/** Candidate lists shared by the queries of one pass over a page (the page changes between passes). */
export type PoolCache = Map<string, ArrayLike<Element>>

/** Elements every match of the selector is among, in document order, or null for "any element". */
function poolFor(root: Document, selector: string, pools: PoolCache): ArrayLike<Element> | null {
  if (selector.includes(":scope")) return null // means the element itself under matches()
  const subject = subjectOf(selector)
  const tag = tagOf(subject)
  const key = tag ?? (subject.startsWith(".") || CLASS_ATTRIBUTE_SUBJECT.test(subject) ? "[class]" : null)
  if (key === null) return null
  let pool = pools.get(key)
  if (!pool) {
    // querySelectorAll, not getElementsByTagName: a live collection re-walks the whole page
    // after every change to it, several times slower than a fresh query (measured in Chromium).
    pool = root.querySelectorAll(key)
    pools.set(key, pool)
  }
  return pool
}

/**
 * What `root.querySelectorAll(selector)` returns for one selector (not a list). When its
 * subject has a tag (`input[name*="card" i]`, `iframe[title*="3DS" i]`) or tests the class
 * attribute, and the page has few such elements, tests just those: the browser would test
 * every element of the page.
 */
export function queryOne(root: Document, selector: string, pools: PoolCache = new Map()): ArrayLike<Element> {
  const pool = poolFor(root, selector, pools)
  if (pool && /^[a-z][a-z0-9]*$/.test(selector)) return pool // a bare tag: the pool is the answer
  if (pool && pool.length <= MAX_POOL) {
    // An invalid selector throws as it would from querySelectorAll: from the first
    // matches() call, or, with an empty pool, from testing one element.
    if (pool.length === 0) throwIfInvalid(root, selector)
    const found: Element[] = []
    for (let i = 0; i < pool.length; i++) if (pool[i].matches(selector)) found.push(pool[i])
    return found
  }
  return root.querySelectorAll(selector)
}

/**
 * Parses the selector the way querySelectorAll would, throwing the same SyntaxError for an
 * invalid one, at the cost of testing one element. The root element rather than a new
 * DocumentFragment: in a fresh content script the first fragment costs a new wrapper type.
 */
function throwIfInvalid(root: Document, selector: string): void {
  const probe = root.documentElement
  if (probe) probe.matches(selector)
  else root.createDocumentFragment().querySelector(selector)
}

/** True when `b` comes after `a` in document order. */
export function follows(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0
}

/**
 * What `root.querySelectorAll(selector)` returns — the same elements, once each, in
 * document order, and the same exception for an invalid selector — but querying each
 * selector of a list on its own.
 */
export function queryAllInOrder(root: Document, selector: string, pools: PoolCache = new Map()): Element[] {
  const parts = splitSelectorList(selector)
  if (parts.length === 1) return Array.from(queryOne(root, selector, pools))
  const found = new Set<Element>()
  for (const part of parts) {
    const matches = queryOne(root, part, pools)
    for (let i = 0; i < matches.length; i++) found.add(matches[i])
  }
  // Hostile pages with thousands of matches: sorting them costs more than the slow list match.
  if (found.size > MAX_SORTED_RESULTS) return [...root.querySelectorAll(selector)]
  return [...found].sort((a, b) => (a === b ? 0 : follows(a, b) ? -1 : 1))
}
