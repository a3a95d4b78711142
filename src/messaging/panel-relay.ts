import { PANEL_FRAME_PORT, parseFromPanelFrame, parseToPanelFrame } from "./panel-frame"

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
 * either end goes away the other is closed, so the frame knows to reconnect.
 */
export function relayPanelFrame(frame: RelayPort, connectToTab: () => RelayPort): void {
  let tab: RelayPort
  try {
    tab = connectToTab()
  } catch {
    frame.disconnect()
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
}
