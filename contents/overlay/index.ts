/**
 * The content script on every known portal and gateway page. Thin: the controller reads the
 * page and talks to the background; the view draws the tab and, once the panel is opened,
 * the frame the panel renders in (sidepanel.html?embedded=1, an extension page). No Preact,
 * no knowledge base, no report builder and no polyfill ride along: those run in extension
 * pages (see extension-api.ts).
 */
import type { PlasmoCSConfig } from "plasmo"

import { isClosePanelFrame } from "~src/messaging/panel-frame"
import { OverlayView } from "~src/ui/overlay/overlay-view"

import { extension, onMessage } from "./extension-api"

import { OverlayController, type OverlayRuntime } from "./controller"
import { keepMounted } from "./keep-mounted"

export const config: PlasmoCSConfig = {
  // Replaced by scripts/build.ts with the matches generated from src/sites (one source of truth).
  matches: ["https://indianvisaonline.gov.in/*"],
  run_at: "document_idle"
}

const HOST_ID = "evisa-pay-helper-root"
const FRAME_URL = `${extension.runtime.getURL("sidepanel.html")}?embedded=1`
/** The panel frame's origin (Chromium's per-session dynamic address, or the extension's own). */
const EXTENSION_ORIGINS = new Set([new URL(FRAME_URL).origin, new URL(extension.runtime.getURL("")).origin])

// "Analyse this page" (popup) may inject this script again into a page that already runs it;
// every injection shares this isolated world's globals.
const RUNNING = "__evisaPayHelperOverlay"
if (!(RUNNING in globalThis)) {
  Object.defineProperty(globalThis, RUNNING, { value: true })
  const runtime: OverlayRuntime = {
    id: extension.runtime.id,
    onConnect: extension.runtime.onConnect as unknown as OverlayRuntime["onConnect"],
    sendMessage: (message) => extension.runtime.sendMessage(message),
    listen: onMessage
  }
  const controller = new OverlayController(window, runtime, (owner) => {
    const view = new OverlayView(document, { hostId: HOST_ID, frameUrl: FRAME_URL, frameOrigins: [...EXTENSION_ORIGINS], onOpen: () => owner.setCollapsed(false, true) })
    view.attach()
    const stop = new AbortController()
    keepMounted(view.host, stop.signal)
    // The frame's "close" when it could not reach us (see CLOSE_PANEL_FRAME): only from our own
    // frame's window and the extension's origin, which the page cannot fake. Dropping the frame
    // lets the next open load it afresh.
    window.addEventListener(
      "message",
      (event) => {
        if (!view.frame || event.source !== view.frame.contentWindow || !EXTENSION_ORIGINS.has(event.origin) || !isClosePanelFrame(event.data)) return
        view.dropFrame()
        owner.setCollapsed(true, true)
      },
      { signal: stop.signal }
    )
    return {
      render: (state) => view.render(state),
      focusTab: () => view.focusTab(),
      focusFrame: () => view.focusFrame(),
      destroy: () => {
        stop.abort()
        view.destroy()
      }
    }
  })
  controller.start().catch(controller.onAsyncError)
}
