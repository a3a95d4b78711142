import type { VisibilityCheck } from "./visibility"

/** The overlay's own shadow host: its content is ours, never the page's. */
export const OWN_ROOT_ID = "evisa-pay-helper-root"

/**
 * Elements whose text is never taken: form controls (their text is what the applicant typed
 * or chose — we never read it), and things that are not readable words.
 */
const SKIPPED = new Set(["INPUT", "SELECT", "OPTION", "OPTGROUP", "TEXTAREA", "DATALIST", "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "svg", "CANVAS", "IFRAME", "OBJECT", "EMBED"])

/** Elements that separate words visually, so their text must not run together. */
const BREAKS = new Set(["BR", "P", "DIV", "LI", "UL", "OL", "TR", "TD", "TH", "TABLE", "H1", "H2", "H3", "H4", "H5", "H6", "SECTION", "ARTICLE", "HEADER", "FOOTER", "DT", "DD", "LABEL", "BUTTON", "SPAN"])

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim()
}

export interface VisibleTextOptions {
  /** Stop reading after about this many characters (hostile pages may hold megabytes). */
  maxChars: number
  /** Leave out button labels ("Close", "×") — noise inside an error message. */
  skipButtons?: boolean
}

/** True when the element is our overlay or inside it. */
export function isOwnUi(el: Element): boolean {
  return el.id === OWN_ROOT_ID || el.closest(`#${OWN_ROOT_ID}`) !== null
}

/**
 * The text a person sees inside `root`: visible text nodes only, whitespace collapsed.
 * Iterative walk (deeply nested markup cannot overflow the stack), bounded by maxChars.
 */
export function visibleText(root: Element, isShown: VisibilityCheck, options: VisibleTextOptions): string {
  if (!isShown(root) || isOwnUi(root)) return ""
  const parts: string[] = []
  let length = 0
  const budget = options.maxChars * 2
  // Strings on the stack are separators to emit once an element's children are done.
  const stack: (Node | string)[] = [root]
  while (stack.length > 0 && length < budget) {
    const node = stack.pop()!
    if (typeof node === "string") {
      parts.push(node)
      continue
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data
      parts.push(data)
      length += data.length
      continue
    }
    if (node.nodeType !== 1) continue
    const el = node as Element
    if (el !== root) {
      if (SKIPPED.has(el.tagName) || (options.skipButtons && (el.tagName === "BUTTON" || el.getAttribute("role") === "button"))) continue
      if (el.id === OWN_ROOT_ID || !isShown(el)) continue
    }
    const breaks = BREAKS.has(el.tagName)
    if (breaks) stack.push(" ")
    const children = el.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
    if (breaks) parts.push(" ")
  }
  return collapseWhitespace(parts.join("")).slice(0, options.maxChars)
}
