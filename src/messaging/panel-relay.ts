import { PANEL_FRAME_PORT, parseFromPanelFrame, parseToPanelFrame, type ToPanelFrame } from "./panel-frame"

/**
 * The in-page panel (sidepanel.html?embedded=1, an extension page framed inside the portal's
 * page) cannot reach its tab itself: Firefox gives an extension page framed in a web page no
 * `tabs` API at all, so it cannot learn its tab id or call tabs.connect. It opens a port to
 * the background instead (runtime.connect works in every extension context of both
 * browsers); the browser stamps that port with the frame's own tab, and the background
 * connects to that tab's top-frame content script and passes messages both ways. One code
 * path in Chrome and Firefox.
 *
 * Nothing here calls an extension API: background/panel-relay.ts hands in the ports.
 */

/** The part of a runtime.Port the relay uses (both browsers' ports and test fakes fit). */
export interface RelayPort {
  readonly name: string
  postMessage(message: unknown): void
  disconnect(): void
  onMessage: { addListener(listener: (message: unknown) => void): void }
  onDisconnect: { addListener(listener: () => void): void }
}

/** What the browser says about who opened a port (runtime.MessageSender). */
export interface PortSender {
  id?: string
  url?: string
  tab?: { id?: number }
  frameId?: number
}

/** The page that may open the panel port, and the parameter that marks it as the in-page frame. */
const PANEL_PAGE_PATH = "/sidepanel.html"
const EXTENSION_PROTOCOLS = new Set(["chrome-extension:", "moz-extension:"])

/**
 * The tab whose panel this port is, or null when the port is not our framed panel page.
 * Only our own extension can open a port to our background (no `externally_connectable`),
 * so a web page cannot get here; the checks make sure it is the panel page (not, say, one of
 * our content scripts) and that it sits in a frame of a tab, not at a tab's top.
 */
export function panelFrameTab(port: { name: string; sender?: PortSender }, extensionId: string): number | null {
  const sender = port.sender
  if (port.name !== PANEL_FRAME_PORT || !sender || sender.id !== extensionId) return null
  let url: URL
  try {
    url = new URL(sender.url ?? "")
  } catch {
    return null
  }
  if (!EXTENSION_PROTOCOLS.has(url.protocol) || url.pathname !== PANEL_PAGE_PATH || url.searchParams.get("embedded") !== "1") return null
  const tabId = sender.tab?.id
  if (typeof tabId !== "number" || tabId < 0) return null
  if (typeof sender.frameId !== "number" || sender.frameId === 0) return null
  return tabId
}

/**
 * Joins the frame's port to a port on its tab's top-frame content script. Only well-formed
 * messages pass (the panel's actions one way, views and action results the other), and when
 * either end goes away the other is closed, so the frame knows to reconnect. `first` is a view
 * the tab sent before the frame arrived (PanelRelays.prepare), passed on at once; `onClose`
 * hears when the pair is closed.
 */
export function relayPanelFrame(frame: RelayPort, connectToTab: () => RelayPort, options: { first?: ToPanelFrame | null; onClose?: () => void } = {}): void {
  let tab: RelayPort
  try {
    tab = connectToTab()
  } catch {
    frame.disconnect()
    options.onClose?.()
    return
  }
  let open = true
  const close = () => {
    if (!open) return
    open = false
    for (const port of [frame, tab]) {
      try {
        port.disconnect()
      } catch {
        // already gone
      }
    }
    options.onClose?.()
  }
  frame.onMessage.addListener((message) => {
    const action = parseFromPanelFrame(message)
    if (open && action) tab.postMessage(action)
  })
  tab.onMessage.addListener((message) => {
    const toFrame = parseToPanelFrame(message)
    if (open && toFrame) frame.postMessage(toFrame)
  })
  frame.onDisconnect.addListener(close)
  tab.onDisconnect.addListener(close)
  if (options.first) frame.postMessage(options.first)
}

/** How long a port opened ahead waits for its frame before it is closed. */
const HOLD_MS = 15_000

interface Held {
  port: RelayPort
  /** The newest view the tab sent while the port waited. */
  view: ToPanelFrame | null
  timer: unknown
}

export interface PanelRelayTimers {
  setTimer(run: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
}

/**
 * The background's relays, by tab. A frame that loads as an error opens the panel asks for
 * its first view as soon as its script runs; without a port to its tab yet, that view waits
 * for a round trip through this worker to the page's content script and back (13 ms of the
 * 100 ms budget in Chromium, bench/README.md). The page's analysis of that error reaches the
 * worker some 80 ms before the frame does, so `prepare` connects to the tab then: the content
 * script answers a new port with its current view, kept here, and `join` hands it to the frame
 * the moment it connects. A port nobody joins is closed after HOLD_MS.
 */
export class PanelRelays {
  private readonly held = new Map<number, Held>()
  private readonly joined = new Map<number, number>()

  constructor(private readonly timers: PanelRelayTimers = { setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>) }) {}

  /** Connects to the tab ahead of its frame, unless a frame of that tab is already joined or a port already waits. */
  prepare(tabId: number, connectToTab: () => RelayPort): void {
    if (this.held.has(tabId) || (this.joined.get(tabId) ?? 0) > 0) return
    let port: RelayPort
    try {
      port = connectToTab()
    } catch {
      return // no content script there (yet): the frame will connect the usual way
    }
    const held: Held = { port, view: null, timer: null }
    this.held.set(tabId, held)
    port.onMessage.addListener((message) => {
      const toFrame = parseToPanelFrame(message)
      // Only while it waits: once joined, the relay passes views on itself.
      if (this.held.get(tabId) === held && toFrame?.kind === "view") held.view = toFrame
    })
    port.onDisconnect.addListener(() => {
      if (this.held.get(tabId) === held) this.release(tabId)
    })
    held.timer = this.timers.setTimer(() => {
      if (this.held.get(tabId) !== held) return
      this.release(tabId)
      try {
        port.disconnect()
      } catch {
        // already gone
      }
    }, HOLD_MS)
  }

  /** Joins a frame's port to its tab: to the port opened ahead if one waits (its newest view goes first), else to a new one. */
  join(tabId: number, frame: RelayPort, connectToTab: () => RelayPort): void {
    const held = this.held.get(tabId)
    this.release(tabId)
    this.joined.set(tabId, (this.joined.get(tabId) ?? 0) + 1)
    relayPanelFrame(frame, held ? () => held.port : connectToTab, {
      first: held?.view ?? null,
      onClose: () => {
        const left = (this.joined.get(tabId) ?? 1) - 1
        if (left > 0) this.joined.set(tabId, left)
        else this.joined.delete(tabId)
      }
    })
  }

  /** The tab is gone: forget it. */
  forget(tabId: number): void {
    const held = this.held.get(tabId)
    this.release(tabId)
    this.joined.delete(tabId)
    try {
      held?.port.disconnect()
    } catch {
      // already gone
    }
  }

  private release(tabId: number): void {
    const held = this.held.get(tabId)
    if (!held) return
    this.held.delete(tabId)
    this.timers.clearTimer(held.timer)
  }
}
