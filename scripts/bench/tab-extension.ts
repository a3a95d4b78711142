import { bundleForPage } from "./bundle-for-page"
import { writeReferenceExtension } from "./reference-extension"

/**
 * The "tab only" reference: an extension whose content script draws our collapsed tab
 * (src/ui/overlay/overlay-view.ts, the same code and styles) in its default state, once,
 * when the overlay itself draws it (src/ui/overlay/draw-timing.ts: idle time after the
 * load event and the next paint), and does nothing else: no page read, no messages, no panel. What it costs is what any visible in-page
 * handle with a line of text costs this browser; ours − tab only is what reading the page,
 * talking to the background and keeping watch cost on top.
 */
const TAB_ONLY_ENTRY = `
  import { pickLocale } from "~src/i18n/locale"
  import { whenPageIdleAfterLoad } from "~src/ui/overlay/draw-timing"
  import { OverlayView } from "~src/ui/overlay/overlay-view"

  void whenPageIdleAfterLoad(window).then(() => {
    const view = new OverlayView(document, { hostId: "evisa-pay-helper-root", frameUrl: "about:blank", onOpen() {} })
    view.attach()
    view.render({ locale: pickLocale(navigator.languages), side: "right", collapsed: true, errorCount: 0 })
  })
`

export async function writeTabOnlyExtension(ourManifest: Parameters<typeof writeReferenceExtension>[0]): Promise<string> {
  const script = await bundleForPage(TAB_ONLY_ENTRY, { minify: true })
  return writeReferenceExtension(ourManifest, "Tab only (our collapsed tab, nothing else)", script)
}
