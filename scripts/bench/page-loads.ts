import type { BrowserContext } from "playwright-core"

import { heapAfterGc, openMetricsSession, PAGE_PERF_OBSERVER_SCRIPT, readMetrics, readPagePerf } from "~test/e2e/cdp"
import { PANEL_HOST } from "~test/e2e/harness"

import type { BenchBrowser, Variant } from "./launch"

/** What one page load cost the tab's main thread, seen from the renderer's own counters. */
export interface LoadSample {
  /** JavaScript execution in every world of the tab (page + content scripts), ms. */
  scriptMs: number
  /** All main-thread tasks (script, style, layout, paint), ms. */
  taskMs: number
  longTasks: number
  longTaskMs: number
  layoutShift: number
  /** Live JS heap of the tab's isolate after GC, bytes. */
  heapBytes: number
  /** Whether our panel's shadow host was in the page (sanity check for "ours"). */
  panelMounted: boolean
  /**
   * Whether the panel's frame was shown at the end of the load: the page showed an error,
   * so the panel opened by itself, and the load's figures include opening it.
   */
  panelOpened: boolean
}

/** Quiet time after `load`: our overlay runs at document_idle, asks the background, renders. */
export const SETTLE_MS = 1000

export async function preparePerfObserver(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PAGE_PERF_OBSERVER_SCRIPT })
}

/**
 * One cold load in a fresh tab. A new tab navigating to another site gets a new renderer
 * process, so the counters read after the load belong to this load alone.
 */
export async function measureLoad(browser: BenchBrowser, url: string): Promise<LoadSample> {
  const page = await browser.context.newPage()
  try {
    const session = await openMetricsSession(browser.context, page)
    await page.goto(url, { waitUntil: "load" })
    await page.waitForTimeout(SETTLE_MS)
    const metrics = await readMetrics(session)
    const perf = await readPagePerf(page)
    const heapBytes = await heapAfterGc(session)
    const panelMounted = (await page.locator(PANEL_HOST).count()) > 0
    const panelOpened = (await page.locator(`${PANEL_HOST} iframe.evph-frame:not([hidden])`).count()) > 0
    await session.detach().catch(() => {})
    return {
      scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
      taskMs: (metrics.TaskDuration ?? 0) * 1000,
      longTasks: perf.longTasks,
      longTaskMs: perf.longTaskMs,
      layoutShift: perf.layoutShift,
      heapBytes,
      panelMounted,
      panelOpened
    }
  } finally {
    await page.close().catch(() => {})
  }
}

/**
 * `loads` loads of `url` in every browser, interleaved (none, floor, tab, ours, none, …) so that
 * whatever else the machine is doing falls on every variant alike.
 */
export async function measureLoadsInterleaved(browsers: readonly BenchBrowser[], url: string, loads: number): Promise<Record<Variant, LoadSample[]>> {
  const out = Object.fromEntries(browsers.map((b) => [b.variant, []])) as unknown as Record<Variant, LoadSample[]>
  // One untimed load per browser: the first visit pays for disk cache and compilation.
  for (const browser of browsers) await measureLoad(browser, url)
  for (let i = 0; i < loads; i++) {
    for (const browser of browsers) out[browser.variant].push(await measureLoad(browser, url))
  }
  return out
}
