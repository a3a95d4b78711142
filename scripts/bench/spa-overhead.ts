import { openMetricsSession, readMetrics } from "~test/e2e/cdp"

import type { BenchBrowser, Variant } from "./launch"

/** Share of wall time the tab's main thread was busy while a page mutates continuously. */
export interface BusySample {
  busyPercent: number
  scriptPercent: number
}

const WARMUP_MS = 2000

/** Opens `url`, lets it warm up, then reads main-thread busy time over `windowMs`. */
export async function measureBusy(browser: BenchBrowser, url: string, windowMs: number): Promise<BusySample> {
  const page = await browser.context.newPage()
  try {
    const session = await openMetricsSession(browser.context, page)
    await page.goto(url, { waitUntil: "load" })
    await page.waitForTimeout(WARMUP_MS)
    const before = await readMetrics(session)
    const startedAt = performance.now()
    await page.waitForTimeout(windowMs)
    const after = await readMetrics(session)
    const wallSeconds = (performance.now() - startedAt) / 1000
    await session.detach().catch(() => {})
    return {
      busyPercent: (100 * ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0))) / wallSeconds,
      scriptPercent: (100 * ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0))) / wallSeconds
    }
  } finally {
    await page.close().catch(() => {})
  }
}

export async function measureBusyInterleaved(browsers: readonly BenchBrowser[], url: string, rounds: number, windowMs: number): Promise<Record<Variant, BusySample[]>> {
  const out = Object.fromEntries(browsers.map((b) => [b.variant, []])) as unknown as Record<Variant, BusySample[]>
  for (let i = 0; i < rounds; i++) {
    for (const browser of browsers) out[browser.variant].push(await measureBusy(browser, url, windowMs))
  }
  return out
}
