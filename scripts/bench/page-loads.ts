import type { BrowserContext, CDPSession } from "playwright-core"

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
  /** The page's load event (navigation timing loadEventStart), ms from navigation start. */
  loadEventMs: number
  /** The page's largest contentful paint, ms from navigation start (NaN if none was reported). */
  lcpMs: number
}

/**
 * Quiet time after `load` on every variant. Our own work is waited for explicitly (the tab,
 * below), so this only has to cover the page's: the bench's pages set no timers. 1000 ms
 * until 2026-12-05; 600 ms gives the whole run about 80 s of room under its 10 minutes.
 */
export const SETTLE_MS = 600
/**
 * The tab is drawn in idle time after the load event (src/ui/overlay/draw-timing.ts), which
 * on a slow (throttled) page can be later than SETTLE_MS: a load waits for it this long at
 * most, then a short quiet time, so the tab's cost is always inside the counters.
 */
const TAB_WAIT_MS = 4000
const AFTER_TAB_MS = 300

/** Main-world global where LCP_OBSERVER_SCRIPT keeps the page's largest contentful paint. */
const LCP_GLOBAL = "__evphBenchLcp"
const LCP_OBSERVER_SCRIPT = `(() => {
  const box = { lcp: NaN };
  Object.defineProperty(window, ${JSON.stringify(LCP_GLOBAL)}, { value: box, configurable: true });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) box.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch (e) { /* unsupported */ }
})();`

export async function preparePerfObserver(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PAGE_PERF_OBSERVER_SCRIPT })
  await context.addInitScript({ content: LCP_OBSERVER_SCRIPT })
}

/** Our host element, by id: the tab-only reference uses the same id (tab-extension.ts). */
const HOST_PRESENT = `!!document.getElementById("evisa-pay-helper-root")`
const POLL_MS = 100

/**
 * Waits SETTLE_MS after load and, where a tab is expected, until it is in the page plus
 * AFTER_TAB_MS (at most TAB_WAIT_MS). Every variant, "none" included, is polled alike with
 * one tiny Runtime.evaluate per POLL_MS: Playwright's locators would first inject their
 * selector engine into the page, and compiling it lands in the very counters being read.
 */
async function settle(session: CDPSession, expectTab: boolean): Promise<void> {
  const started = Date.now()
  let tabSeenAt: number | null = null
  for (;;) {
    const elapsed = Date.now() - started
    if (tabSeenAt === null) {
      const { result } = await session.send("Runtime.evaluate", { expression: HOST_PRESENT, returnByValue: true })
      if (result.value === true) tabSeenAt = Date.now()
    }
    const tabDone = !expectTab || (tabSeenAt !== null && Date.now() - tabSeenAt >= AFTER_TAB_MS) || elapsed >= TAB_WAIT_MS
    if (elapsed >= SETTLE_MS && tabDone) return
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** Options of one load: CPU throttling (Emulation.setCPUThrottlingRate, 1 = none). */
export interface LoadOptions {
  cpuThrottlingRate?: number
}

/**
 * One cold load in a fresh tab. A new tab navigating to another site gets a new renderer
 * process, so the counters read after the load belong to this load alone.
 */
export async function measureLoad(browser: BenchBrowser, url: string, options: LoadOptions = {}): Promise<LoadSample> {
  const page = await browser.context.newPage()
  try {
    const session = await openMetricsSession(browser.context, page)
    if ((options.cpuThrottlingRate ?? 1) > 1) await session.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottlingRate! })
    await page.goto(url, { waitUntil: "load" })
    await settle(session, browser.variant === "tab" || browser.variant === "ours")
    const metrics = await readMetrics(session)
    const timing = (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const lcp = window[${JSON.stringify(LCP_GLOBAL)}];
      return { load: nav ? nav.loadEventStart : NaN, lcp: lcp ? lcp.lcp : NaN };
    })()`)) as { load: number; lcp: number }
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
      panelOpened,
      loadEventMs: timing.load,
      lcpMs: timing.lcp ?? Number.NaN
    }
  } finally {
    await page.close().catch(() => {})
  }
}

/**
 * `loads` loads of `url` in every browser, interleaved (none, tab, ours, none, …) so that
 * whatever else the machine is doing falls on every variant alike. `warmUp`: one untimed
 * load per browser first (the first visit pays for disk cache and compilation); a page
 * already loaded in the same browsers needs none.
 */
export async function measureLoadsInterleaved(browsers: readonly BenchBrowser[], url: string, loads: number, options: LoadOptions & { warmUp?: boolean } = {}): Promise<Partial<Record<Variant, LoadSample[]>>> {
  const out: Partial<Record<Variant, LoadSample[]>> = Object.fromEntries(browsers.map((b) => [b.variant, []]))
  if (options.warmUp !== false) for (const browser of browsers) await measureLoad(browser, url, options)
  for (let i = 0; i < loads; i++) {
    for (const browser of browsers) out[browser.variant]!.push(await measureLoad(browser, url, options))
  }
  return out
}
