/**
 * The floor of "error → panel with no input before the error" in Firefox ESR: how soon after
 * the error a new extension document in the panel's frame can run any script at all. A tool
 * (issue 15), not a budget: `npm run bench` holds the budgets.
 *
 *   npx tsx scripts/bench/firefox-frame-floor.ts [--samples N]
 *
 * Two copies of build/firefox-mv3-prod, each loaded in turn:
 * - "floor": the panel's script replaced by one line that sets a mark, so nothing of ours
 *   runs in the frame (the content script still decides and creates the frame);
 * - "ours": the panel's script as built, with a mark before and after it.
 * The page is the bench's error-latency.html with no input before the error, so the frame loads
 * as the panel opens; the frame's marks are read back afterwards as epoch times and compared
 * with the page's (both ends share that clock, as in error-latency.ts).
 */
import { rmSync } from "node:fs"
import { join } from "node:path"

import { FIXTURES } from "~test/e2e/harness"
import { FIREFOX_BUILD, launchFirefox } from "~test/e2e/firefox/harness"
import { sleep, waitFor } from "~test/e2e/firefox/panel-driver"

import { panelFrameIn } from "./firefox-background"
import { copyWithPanelScript } from "./panel-script-copy"
import { describeMs } from "./stats"

const PAGE = join(FIXTURES, "bench/error-latency.html")
const HOST = JSON.stringify("#evisa-pay-helper-root")

interface Sample {
  /** ms after the error was inserted */
  scriptStart: number
  scriptEnd: number | null
}

async function measure(build: string, samples: number): Promise<Sample[]> {
  const session = await launchFirefox({ locale: "en-US", extensionPath: build })
  const out: Sample[] = []
  try {
    // One visit more than asked: the first loads the frame's files from disk for the first time.
    for (let i = 0; i <= samples; i++) {
      const page = await session.openFixture(PAGE)
      try {
        await waitFor("our tab", () => page.evaluate(`!!document.querySelector(${HOST})`) as Promise<boolean>)
        await sleep(1000)
        const insertedAt = (await page.evaluate(`performance.timeOrigin + window.evphBenchShowError("case floor")`)) as number
        // The floor copy renders nothing: the frame counts once its document exists.
        const frame = await panelFrameIn(page, false)
        await waitFor("the script's mark", () => frame.evaluate(`performance.getEntriesByName("evph-script-start").length > 0`) as Promise<boolean>)
        await sleep(300)
        const [origin, start, end] = (await frame.evaluate(
          `[performance.timeOrigin, performance.getEntriesByName("evph-script-start")[0].startTime, performance.getEntriesByName("evph-script-end")[0]?.startTime ?? null]`
        )) as [number, number, number | null]
        if (i > 0) out.push({ scriptStart: origin + start - insertedAt, scriptEnd: end === null ? null : origin + end - insertedAt })
      } finally {
        await page.close().catch(() => undefined)
      }
    }
  } finally {
    await session.close()
  }
  return out
}

async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf("--samples")
  const samples = at >= 0 ? Number(argv[at + 1]) : 20
  const floor = copyWithPanelScript(FIREFOX_BUILD, () => `performance.mark("evph-script-start");\n`)
  const ours = copyWithPanelScript(FIREFOX_BUILD, (script) => `performance.mark("evph-script-start");\n${script}\nperformance.mark("evph-script-end");\n`)
  try {
    const floorSamples = await measure(floor, samples)
    const ourSamples = await measure(ours, samples)
    console.log(`Firefox ESR, error inserted with no input before it → the panel frame's first script starts (${samples} samples each):`)
    console.log(`  floor (a one-line script): ${describeMs(floorSamples.map((s) => s.scriptStart))}`)
    console.log(`  ours: starts ${describeMs(ourSamples.map((s) => s.scriptStart))}; has run by ${describeMs(ourSamples.map((s) => s.scriptEnd ?? Number.NaN))}`)
  } finally {
    rmSync(floor, { recursive: true, force: true })
    rmSync(ours, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith("firefox-frame-floor.ts")) await main(process.argv.slice(2))
