import { BRIDGE_EVENT, NAVIGATE_EVENT, parseBridgeMessage } from "./main-world-bridge"
import { OWN_ROOT_ID } from "./visible-text"

export type PageChangeReason = "mutation" | "navigate" | "popstate" | "hashchange"

export interface WatchOptions {
  /** Quiet time after the last DOM change before reporting it. */
  debounceMs?: number
  /** A page that never stops changing (a ticking clock) is still reported this often. */
  maxWaitMs?: number
}

const DEFAULT_DEBOUNCE_MS = 150
const DEFAULT_MAX_WAIT_MS = 1000
/** Navigations closer together than this are reported once, at the end (a page can push 50 a second). */
const MIN_NAVIGATION_INTERVAL_MS = 100

/** True when every record is about our own overlay: our rendering must not wake us. */
function onlyOwnChanges(records: readonly MutationRecord[]): boolean {
  return records.every((record) => {
    const target = record.target as Node
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement
    if (el?.closest?.(`#${OWN_ROOT_ID}`)) return true
    const nodes = [...record.addedNodes, ...record.removedNodes]
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).id === OWN_ROOT_ID)
  })
}

/**
 * Calls onChange when the page may show something new: DOM changes and history navigations
 * (popstate, hashchange, and the main-world bridge's pushState/replaceState reports).
 * The first change after a quiet spell is reported at once, so an error that appears is in
 * the panel within a frame or two; changes that follow it are debounced (with a maximum
 * wait) and navigations are rate-limited, so a page that never stops changing costs little.
 * Everything stops when `signal` aborts.
 */
export function watchPage(win: Window, onChange: (reason: PageChangeReason) => void, signal: AbortSignal, options: WatchOptions = {}): void {
  if (signal.aborted) return
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  let timer: number | undefined
  let firstPendingAt: number | null = null
  let lastFiredAt = Number.NEGATIVE_INFINITY

  const cancelPending = () => {
    if (timer !== undefined) win.clearTimeout(timer)
    timer = undefined
    firstPendingAt = null
  }
  const fire = (reason: PageChangeReason) => {
    cancelPending()
    lastFiredAt = Date.now()
    if (!signal.aborted) onChange(reason)
  }

  const onMutations = (records: MutationRecord[]) => {
    if (signal.aborted || onlyOwnChanges(records)) return
    const now = Date.now()
    // Leading edge: the page was quiet, so this change is news (an error just appeared).
    if (timer === undefined && now - lastFiredAt >= debounceMs) return fire("mutation")
    firstPendingAt ??= now
    if (timer !== undefined) win.clearTimeout(timer)
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now))
    timer = win.setTimeout(() => fire("mutation"), wait)
  }

  const onNavigation = (reason: PageChangeReason) => {
    const wait = lastFiredAt + MIN_NAVIGATION_INTERVAL_MS - Date.now()
    if (wait <= 0) return fire(reason)
    if (timer !== undefined) win.clearTimeout(timer)
    firstPendingAt ??= Date.now()
    timer = win.setTimeout(() => fire(reason), wait)
  }

  // The window's own constructor: in a frame or a test window the global one may belong elsewhere.
  const Observer = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver
  const observer = new Observer(onMutations)
  observer.observe(win.document.documentElement ?? win.document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    // Visibility of error regions changes through these; other attributes are noise.
    attributeFilter: ["class", "style", "hidden", "open", "aria-hidden", "aria-invalid", "role"]
  })

  win.addEventListener("popstate", () => onNavigation("popstate"), { signal })
  win.addEventListener("hashchange", () => onNavigation("hashchange"), { signal })
  win.addEventListener(NAVIGATE_EVENT, () => onNavigation("navigate"), { signal })
  win.addEventListener(
    BRIDGE_EVENT,
    (event) => {
      if (parseBridgeMessage((event as CustomEvent).detail)?.kind === "navigate") onNavigation("navigate")
    },
    { signal }
  )
  signal.addEventListener(
    "abort",
    () => {
      observer.disconnect()
      cancelPending()
    },
    { once: true }
  )
}
