import { openMetricsSession, readMetrics } from "~test/e2e/cdp"

import { bundleForPage } from "./bundle-for-page"
import type { BenchBrowser } from "./launch"
import { median } from "./stats"

/** Global the bundle defines in the page. */
const VIEW_GLOBAL = "EvphOverlayViewBench"

export interface TabDrawResult {
  page: string
  /** Main-thread ms in the 400 ms after drawing the tab, minus the same window without drawing (medians). */
  drawMs: number
  /** The same for the tab with the panel's frame open (as when an error opens the panel). */
  drawWithFrameMs: number
  rounds: number
}

/**
 * What drawing our tab into an already loaded, painted page costs that page's main thread,
 * with everything else taken away: the page is loaded in the extension-free browser, the
 * tab's code (src/ui/overlay/overlay-view.ts) is evaluated and warmed first, and TaskDuration
 * is read just before the tab is drawn and 400 ms later. A control round draws nothing in the
 * same window. No injection, no isolated world, no cold code: the rendering alone (style,
 * layout, paint of the frame that shows the tab), a lower bound for any in-page handle.
 */
export async function measureTabDraw(browser: BenchBrowser, page: string, url: string, rounds: number): Promise<TabDrawResult> {
  const library = await bundleForPage(`export { OverlayView } from "~src/ui/overlay/overlay-view"`, { globalName: VIEW_GLOBAL })
  const draw = (collapsed: boolean) => `
    requestAnimationFrame(() => setTimeout(() => {
      const view = new ${VIEW_GLOBAL}.OverlayView(document, { hostId: "evisa-pay-helper-root", frameUrl: "about:blank", onOpen() {} })
      view.attach()
      view.render({ locale: "en", side: "right", collapsed: ${collapsed}, errorCount: ${collapsed ? 0 : 1} })
    }, 0))`
  // Warms the view's code on a detached document, so the timed round pays for rendering only.
  const warm = `{ const d = document.implementation.createHTMLDocument(""); for (let i = 0; i < 3; i++) { const v = new ${VIEW_GLOBAL}.OverlayView(d, { hostId: "w", frameUrl: "about:blank", onOpen() {} }); v.render({ locale: "en", side: "right", collapsed: true, errorCount: 1 }) } }`
  const variants = { control: "", tab: draw(true), frame: draw(false) }
  const samples: Record<keyof typeof variants, number[]> = { control: [], tab: [], frame: [] }
  for (let round = 0; round < rounds; round++) {
    for (const [name, script] of Object.entries(variants) as [keyof typeof variants, string][]) {
      const tab = await browser.context.newPage()
      try {
        const session = await openMetricsSession(browser.context, tab)
        await tab.goto(url, { waitUntil: "load" })
        await tab.waitForTimeout(800)
        await tab.evaluate(library)
        await tab.evaluate(warm)
        await tab.waitForTimeout(200)
        const before = (await readMetrics(session)).TaskDuration ?? 0
        await tab.evaluate(script)
        await tab.waitForTimeout(400)
        const after = (await readMetrics(session)).TaskDuration ?? 0
        samples[name].push((after - before) * 1000)
        await session.detach().catch(() => {})
      } finally {
        await tab.close().catch(() => {})
      }
    }
  }
  const control = median(samples.control)
  return { page, drawMs: median(samples.tab) - control, drawWithFrameMs: median(samples.frame) - control, rounds }
}
