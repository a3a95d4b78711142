import { writeFileSync } from "node:fs"
import { join } from "node:path"

import { bundleForPage } from "./bundle-for-page"
import { writeReferenceExtension } from "./reference-extension"

/**
 * The "panel opened at load" reference: what opening our panel at load costs a page, with
 * nothing of ours before it. Its content script draws our view (src/ui/overlay/overlay-view.ts)
 * open, after the page's first paint as ours does for an error at load, with the placeholder
 * quoting a fixed error of the length India's has and the frame loading an extension page of
 * its own (an empty document: the panel's own rendering happens in the extension's process).
 * No reading, no messages. On a page whose error opens the panel, ours − this reference is what
 * reading the page, talking to the background and keeping watch cost on top of showing it.
 */
const PANEL_OPEN_ENTRY = `
  import { pickLocale } from "~src/i18n/locale"
  import { afterNextPaint } from "~src/ui/overlay/draw-timing"
  import { OverlayView } from "~src/ui/overlay/overlay-view"

  const error = "Transaction Failed Your card has not been enabled for international transactions. Please contact your card issuing bank. (Reason code: 57)"
  void afterNextPaint(window).then(() => {
    const view = new OverlayView(document, { hostId: "evisa-pay-helper-root", frameUrl: chrome.runtime.getURL("panel.html"), onOpen() {} })
    view.attach()
    view.render({ locale: pickLocale(navigator.languages), side: "right", collapsed: false, errorCount: 1, errors: [{ text: error, lastSeen: new Date().toISOString() }] })
  })
`

export async function writePanelOpenExtension(ourManifest: Parameters<typeof writeReferenceExtension>[0]): Promise<string> {
  const script = await bundleForPage(PANEL_OPEN_ENTRY, { minify: true })
  const dir = writeReferenceExtension(ourManifest, "Panel opened at load (our open panel, nothing else)", script, ["panel.html"])
  writeFileSync(join(dir, "panel.html"), "<!doctype html><meta charset=utf-8><title>Panel</title>")
  return dir
}
