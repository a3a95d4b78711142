/**
 * Where the panel's frame spends its time when an error reaches it: opens the bench's
 * error-latency page in Chromium with the built extension, clicks into the form (which loads
 * the panel's frame ahead, as an applicant's first input does), then records a CPU profile of
 * the frame while an error appears in the page and until its text is in the panel. Prints our
 * JavaScript per error and the functions that took it, inclusive and self. A tool for finding
 * what to cut (issue 15), not a budget: `npm run bench` holds the budgets.
 *
 *   npm run build -- --no-minify          (so the profile names our functions)
 *   npx tsx scripts/bench/frame-profile.ts [--errors N] [--rate R] [--top K]
 *
 * --rate throttles the frame's CPU (4: the bench's slow laptop). EXT=dir profiles another
 * build (a copy with one change, to compare).
 */
import { join } from "node:path"

import { CHROME_BUILD, FIXTURES, PANEL_HOST, fixtureUrl, serveFixtures } from "../../test/e2e/harness"
import { PANEL_FRAME } from "../../test/e2e/panel-driver"

import { addProfile, emptyTimes, type CpuProfile } from "./cpu-profile"
import { benchToken } from "./error-latency"
import { launchVariant } from "./launch"
import { WorkerControl } from "./sleeping-worker"

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}

const ERRORS = option("--errors", 8)
const RATE = option("--rate", 1)
const TOP = option("--top", 25)

async function main(): Promise<void> {
  const session = await launchVariant("ours", process.env.EXT ?? CHROME_BUILD)
  const control = await WorkerControl.open(session)
  const file = join(FIXTURES, "bench/error-latency.html")
  const url = fixtureUrl(file)
  await serveFixtures(session.context, { [url]: file })
  const times = emptyTimes()
  let measured = 0
  try {
    // The first error warms the browser's caches and is not counted.
    for (let i = 0; i <= ERRORS; i++) {
      // Each error meets the panel as an applicant's first failure does (see forgetAttempts).
      await control.forgetAttempts()
      const page = await session.context.newPage()
      await page.goto(url, { waitUntil: "load" })
      await page.locator(PANEL_HOST).waitFor({ state: "attached" })
      await page.locator("input").first().click()
      const frame = await (await page.waitForSelector(PANEL_FRAME, { state: "attached" })).contentFrame()
      if (!frame) throw new Error("the panel's frame did not load after a click into the form")
      await frame.waitForFunction(`!!document.getElementById("evph-sidepanel")?.shadowRoot`)
      await page.waitForTimeout(500)
      const cdp = await session.context.newCDPSession(frame)
      if (RATE > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE })
      await cdp.send("Profiler.enable")
      await cdp.send("Profiler.setSamplingInterval", { interval: 50 })
      await cdp.send("Profiler.start")
      const token = benchToken(i, 13)
      const shown = frame.evaluate(`new Promise((resolve) => {
        const root = document.getElementById("evph-sidepanel").shadowRoot
        const done = () => [...root.querySelectorAll(".evph-card")].some((card) => (card.textContent || "").includes(${JSON.stringify(token)}))
        const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolve(true) } })
        observer.observe(root, { subtree: true, childList: true, characterData: true })
        setTimeout(() => { observer.disconnect(); resolve(false) }, 10000)
      })`)
      await page.evaluate(`window.evphBenchShowError(${JSON.stringify(token)})`)
      if (!(await shown)) throw new Error(`error ${i}: its text never reached the panel`)
      // Let the diagnosis arrive and render too.
      await page.waitForTimeout(300)
      const { profile } = (await cdp.send("Profiler.stop")) as { profile: CpuProfile }
      await page.close()
      if (i === 0) continue
      addProfile(profile, times)
      measured++
    }
  } finally {
    await control.close()
    await session.close()
  }
  const per = (ms: number) => (ms / measured).toFixed(2).padStart(7)
  console.log(`the panel's frame, our JavaScript per error: ${per(times.ours)} ms (${measured} errors, CPU ×${RATE})`)
  console.log("\ninclusive (ms per error):")
  for (const [name, ms] of [...times.inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${per(ms)}  ${name}`)
  console.log("\nself (ms per error):")
  for (const [name, ms] of [...times.self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${per(ms)}  ${name}`)
}

if (process.argv[1]?.endsWith("frame-profile.ts")) await main()
