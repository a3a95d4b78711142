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
 * Calls onChange when the page may show something new: DOM changes (debounced, with a
 * maximum wait), history navigations (popstate, hashchange, and the main-world bridge's
 * pushState/replaceState reports). Navigations are reported at once. Everything stops
 * when `signal` aborts.
 */
export function watchPage(win: Window, onChange: (reason: PageChangeReason) => void, signal: AbortSignal, options: WatchOptions = {}): void {
  if (signal.aborted) return
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  let timer: number | undefined
  let firstPendingAt: number | null = null

  const cancelPending = () => {
    if (timer !== undefined) win.clearTimeout(timer)
    timer = undefined
    firstPendingAt = null
  }
  const fire = (reason: PageChangeReason) => {
    cancelPending()
    if (!signal.aborted) onChange(reason)
  }

  const onMutations = (records: MutationRecord[]) => {
    if (signal.aborted || onlyOwnChanges(records)) return
    const now = Date.now()
    firstPendingAt ??= now
    if (timer !== undefined) win.clearTimeout(timer)
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now))
    timer = win.setTimeout(() => fire("mutation"), wait)
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

  win.addEventListener("popstate", () => fire("popstate"), { signal })
  win.addEventListener("hashchange", () => fire("hashchange"), { signal })
  win.addEventListener(NAVIGATE_EVENT, () => fire("navigate"), { signal })
  win.addEventListener(
    BRIDGE_EVENT,
    (event) => {
      if (parseBridgeMessage((event as CustomEvent).detail)?.kind === "navigate") fire("navigate")
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
