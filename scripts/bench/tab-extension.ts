import { bundleForPage } from "./bundle-for-page"
import { writeReferenceExtension } from "./reference-extension"

/**
 * The "tab only" reference: an extension whose content script draws our collapsed tab
 * (src/ui/overlay/overlay-view.ts, the same code and styles) in its default state, once,
 * after the page's next paint, which is when the overlay itself starts, and does nothing
 * else: no page read, no messages, no panel. What it costs is what any visible in-page
 * handle with a line of text costs this browser; ours − tab only is what reading the page,
 * talking to the background and keeping watch cost on top.
 */
const TAB_ONLY_ENTRY = `
  import { pickLocale } from "~src/i18n/locale"
  import { OverlayView } from "~src/ui/overlay/overlay-view"

  requestAnimationFrame(() =>
    setTimeout(() => {
      const view = new OverlayView(document, { hostId: "evisa-pay-helper-root", frameUrl: "about:blank", onOpen() {} })
      view.attach()
      view.render({ locale: pickLocale(navigator.languages), side: "right", collapsed: true, errorCount: 0 })
    }, 0)
  )
`

export async function writeTabOnlyExtension(ourManifest: Parameters<typeof writeReferenceExtension>[0]): Promise<string> {
  const script = await bundleForPage(TAB_ONLY_ENTRY, { minify: true })
  return writeReferenceExtension(ourManifest, "Tab only (our collapsed tab, nothing else)", script)
}
