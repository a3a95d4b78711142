/**
 * Is an element shown to the applicant? Decided from attributes and computed styles, and,
 * where a layout engine exists, from geometry too. Without one (happy-dom in tests, the
 * command-line workbench) every box measures 0×0, so geometry is treated as unknown and
 * only styles and attributes decide.
 */

/** Elements whose content is never rendered as page text. */
const NEVER_RENDERED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD", "TITLE", "META", "LINK", "svg:title"])

/** Positions further than this off the top/left are the "visually hidden" trick, not layout. */
const FAR_OFF_SCREEN_PX = -1000

const layoutByDocument = new WeakMap<Document, boolean>()

/** True when boxes have real sizes (a browser), false in DOM-only environments. */
export function hasLayoutEngine(doc: Document): boolean {
  const known = layoutByDocument.get(doc)
  if (known !== undefined) return known
  const root = doc.documentElement
  const rect = root?.getBoundingClientRect?.()
  const result = Boolean(rect && (rect.width > 0 || rect.height > 0 || root.clientWidth > 0))
  layoutByDocument.set(doc, result)
  return result
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument?.defaultView
  try {
    if (view?.getComputedStyle) return view.getComputedStyle(el)
  } catch {
    // Detached or foreign documents: fall back to the inline style.
  }
  return (el as HTMLElement).style ?? null
}

function px(value: string | undefined): number {
  const n = Number.parseFloat(value ?? "")
  return Number.isFinite(n) ? n : 0
}

/** The "sr-only" pattern: absolutely positioned and clipped to nothing. */
function isClippedAway(el: Element, style: CSSStyleDeclaration): boolean {
  if (style.position !== "absolute" && style.position !== "fixed") return false
  const inline = (el as HTMLElement).style
  const clip = (style.clip || inline?.clip || "").replace(/\s+/g, "")
  const clipPath = (style.clipPath || inline?.clipPath || "").replace(/\s+/g, "")
  if (/^rect\((0(px)?,?){4}\)$/.test(clip) || /^rect\((1px,?){4}\)$/.test(clip)) return true
  if (clipPath === "inset(50%)" || clipPath === "inset(100%)") return true
  // The same trick as a 1×1 px box with overflow hidden (also where `clip` is not computed).
  if (px(style.width) <= 1 && px(style.height) <= 1 && /^(hidden|clip)$/.test(style.overflow) && style.width !== "" && style.width !== "auto") return true
  return px(style.left || inline?.left) <= FAR_OFF_SCREEN_PX || px(style.top || inline?.top) <= FAR_OFF_SCREEN_PX
}

/** Does this element, by itself, hide itself and everything inside it? */
function hidesSubtree(el: Element, styleFor: (el: Element) => CSSStyleDeclaration | null): boolean {
  // Read once: every DOM property read is a call into the browser, and this runs for each
  // element and ancestor a pass looks at (hundreds on big pages, in a cold content script).
  const tag = el.tagName
  if (NEVER_RENDERED.has(tag)) return true
  if (el.hasAttribute("hidden")) return true
  if (el.getAttribute("aria-hidden") === "true") return true
  if (tag === "DIALOG" && !el.hasAttribute("open")) return true
  const parent = el.parentElement
  if (parent?.tagName === "DETAILS" && !parent.hasAttribute("open") && tag !== "SUMMARY") return true
  const style = styleFor(el)
  if (!style) return false
  if (style.display === "none") return true
  if (style.opacity === "0") return true
  if (style.contentVisibility === "hidden") return true
  return isClippedAway(el, style)
}

/** Geometry test, only meaningful with a layout engine. */
function hasNoBox(el: Element): boolean {
  // No getClientRects() check: with no boxes, getBoundingClientRect() is 0×0 anyway, and
  // the second layout query per element is measurable on big pages.
  const rect = el.getBoundingClientRect()
  if (rect.width === 0 && rect.height === 0) return true
  return rect.right <= FAR_OFF_SCREEN_PX || rect.bottom <= FAR_OFF_SCREEN_PX
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement
  const root = el.getRootNode?.()
  // Inside a shadow root: continue with its host.
  return root && "host" in root ? ((root as ShadowRoot).host ?? null) : null
}

export type VisibilityCheck = (el: Element) => boolean

/**
 * A visibility test that remembers what it learnt about ancestors, for one pass over a page
 * (styles change between passes, so do not keep it longer). Iterative, so a page nested
 * ten thousand levels deep cannot overflow the stack.
 */
export function createVisibilityCheck(): VisibilityCheck {
  const subtreeShown = new Map<Element, boolean>()
  // An element's computed style is read for its own subtree test and again for its own
  // `visibility`; asking the browser once saves a style object per element.
  let lastStyled: Element | null = null
  let lastStyle: CSSStyleDeclaration | null = null
  const cachedStyleOf = (el: Element): CSSStyleDeclaration | null => {
    if (el !== lastStyled) {
      lastStyle = styleOf(el)
      lastStyled = el
    }
    return lastStyle
  }

  const shownWithAncestors = (el: Element): boolean => {
    const chain: Element[] = []
    let node: Element | null = el
    let inherited = true
    while (node) {
      const cached = subtreeShown.get(node)
      if (cached !== undefined) {
        inherited = cached
        break
      }
      chain.push(node)
      node = parentOf(node)
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const element = chain[i]
      inherited = inherited && !hidesSubtree(element, cachedStyleOf)
      subtreeShown.set(element, inherited)
    }
    return inherited
  }

  return (el: Element): boolean => {
    if (!shownWithAncestors(el)) return false
    // `visibility` inherits but a child may turn it back on, so only the element's own computed value counts.
    const style = cachedStyleOf(el)
    if (style && (style.visibility === "hidden" || style.visibility === "collapse")) return false
    const doc = el.ownerDocument
    if (doc && hasLayoutEngine(doc) && hasNoBox(el)) return false
    return true
  }
}

/** One-off visibility test. For many elements use createVisibilityCheck(). */
export function isVisible(el: Element): boolean {
  return createVisibilityCheck()(el)
}
