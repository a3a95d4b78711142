/**
 * The floor of "error → panel with no input before the error" in Chromium: how soon after the
 * error a new extension document in the panel's frame can run any script at all, next to when
 * ours has the error's text in the panel. A tool (issue 15), not a budget: `npm run bench`
 * holds the budgets. The Firefox counterpart is firefox-frame-floor.ts.
 *
 *   npx tsx scripts/bench/chromium-frame-floor.ts [--samples N]
 *
 * Two builds, each in its own browser, one after the other:
 * - "floor": a copy of build/chrome-mv3-prod whose panel script is one line that sets a mark,
 *   so nothing of ours runs in the frame (the content script still decides and creates the
 *   frame, and draws the placeholder under it);
 * - "ours": build/chrome-mv3-prod, timed as the bench's row is (WATCH_NEW_PANEL_FRAMES).
 * The page is the bench's error-latency.html with no input before the error, so the frame loads
 * as the panel opens; both ends stamp epoch time, as in error-latency.ts.
 */
import { rmSync } from "node:fs"
import { join } from "node:path"

import { CHROME_BUILD, FIXTURES, PANEL_HOST, fixtureUrl, serveFixtures } from "~test/e2e/harness"
import { PANEL_FRAME } from "~test/e2e/panel-driver"

import { benchToken, keptStamp, WATCH_NEW_PANEL_FRAMES } from "./error-latency"
import { launchVariant } from "./launch"
import { copyWithPanelScript } from "./panel-script-copy"
import { describeMs } from "./stats"

const PAGE = join(FIXTURES, "bench/error-latency.html")

/** ms after the error was inserted, per sample: the floor's script start, or our text in the panel. */
async function measure(build: string, samples: number, floor: boolean): Promise<number[]> {
  const browser = await launchVariant("ours", build)
  const url = fixtureUrl(PAGE)
  await serveFixtures(browser.context, { [url]: PAGE })
  await browser.context.addInitScript(WATCH_NEW_PANEL_FRAMES)
  const out: number[] = []
  try {
    // One visit more than asked: the first loads the frame's files from disk for the first time.
    for (let i = 0; i <= samples; i++) {
      const page = await browser.context.newPage()
      try {
        await page.goto(url, { waitUntil: "load" })
        await page.locator(PANEL_HOST).waitFor({ state: "attached" })
        await page.waitForTimeout(1000)
        const token = benchToken(i, 17)
        const insertedAt = (await page.evaluate(`performance.timeOrigin + window.evphBenchShowError(${JSON.stringify(token)})`)) as number
        const frame = await (await page.waitForSelector(PANEL_FRAME, { state: "attached" })).contentFrame()
        if (!frame) throw new Error("the panel's frame did not appear")
        const at = floor
          ? `performance.getEntriesByName("evph-script-start").length ? performance.timeOrigin + performance.getEntriesByName("evph-script-start")[0].startTime : 0`
          : keptStamp(token)
        const stamp = (await (await frame.waitForFunction(at, undefined, { timeout: 10_000 })).jsonValue()) as number
        if (i > 0) out.push(stamp - insertedAt)
      } finally {
        await page.close().catch(() => undefined)
      }
    }
  } finally {
    await browser.close()
  }
  return out
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf("--samples")
  const samples = at >= 0 ? Number(argv[at + 1]) : 12
  const floor = copyWithPanelScript(CHROME_BUILD, () => `performance.mark("evph-script-start");\n`)
  try {
    const floorSamples = await measure(floor, samples, true)
    const ourSamples = await measure(CHROME_BUILD, samples, false)
    console.log(`Chromium, error inserted with no input before it (${samples} samples each):`)
    console.log(`  floor, the panel frame's one-line script starts: ${describeMs(floorSamples)}`)
    console.log(`  ours, the error's text is in the panel: ${describeMs(ourSamples)}`)
  } finally {
    rmSync(floor, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith("chromium-frame-floor.ts")) await main(process.argv.slice(2))
