/**
 * Error → panel in Firefox ESR with the extension's background suspended, as Firefox suspends
 * an idle event page (after 30 s by default). WebDriver BiDi cannot stop a background, so the
 * profile shortens the idle timeout instead (`extensions.background.idle.timeout`) and each
 * trial leaves the page alone for longer than that before the error appears. A tool for
 * finding where the time goes (issue 15), not a budget: `npm run bench` holds the budgets.
 *
 *   npx tsx scripts/bench/firefox-background.ts [--trials N] [--idle-ms MS] [--pause-ms MS]
 *
 * Two cases, each with the default idle timeout (the background awake) and the short one:
 * - "after a click": the applicant clicked into the card form, so the panel's frame is loaded
 *   ahead (hidden) with its port to the background, as in the Chromium sleeping-worker row;
 * - "no input": nothing loaded the frame, so the error's own messages wake the background.
 * It runs a copy of build/firefox-mv3-prod whose background script starts with one line that
 * logs the time it starts (console.error, read from Firefox's output), so the tool can say when
 * the background started relative to the error: before it (restarted by something else) or
 * after (woken by the error). Last, the same no-input case with that background replaced by the
 * line and two empty listeners: how soon Firefox starts a background that costs nothing to
 * load, the floor under our own script's start.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import type { Frame, Page } from "puppeteer-core"

import { FIXTURES } from "~test/e2e/harness"
import { EXTENSION_ORIGIN, FIREFOX_BUILD, launchFirefox, type FirefoxSession } from "~test/e2e/firefox/harness"
import { sleep, waitFor } from "~test/e2e/firefox/panel-driver"

import { benchToken } from "./error-latency"
import { watchDiagnosis } from "./sleeping-worker"
import { median, percentile } from "./stats"

const PAGE = join(FIXTURES, "bench/error-latency.html")
const HOST = JSON.stringify("#evisa-pay-helper-root")
const START_MARK = "EVPH-BACKGROUND-START"
/** Each visit ends a failed attempt; a third within ten minutes changes the top cause, so a new profile every two. */
const TRIALS_PER_PROFILE = 2
const TRIAL_TIMEOUT_MS = 10_000


type Watch = Promise<{ shown: number | null; diagnosed: number | null } | null>

/**
 * The panel's frame in `page`, polled every 10 ms (the Firefox driver's finder polls every
 * 100 ms), once its document exists and, unless `rendered` is false, once the panel rendered.
 */
export async function panelFrameIn(page: Page, rendered = true): Promise<Frame> {
  const deadline = Date.now() + TRIAL_TIMEOUT_MS
  const check = `location.href.startsWith(${JSON.stringify(`${EXTENSION_ORIGIN}/sidepanel.html`)})${rendered ? ` && !!document.getElementById("evph-sidepanel")?.shadowRoot` : ""}`
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue
      if (await frame.evaluate(check).catch(() => false)) return frame
    }
    if (Date.now() > deadline) throw new Error("the panel's frame did not appear")
    await sleep(10)
  }
}

interface Trial {
  shownMs: number
  diagnosedMs: number
  /** When the background's script started, ms from the error: the last start before it and the first after it. */
  startedBefore: number | null
  startedAfter: number | null
}

const tokenFor = (index: number) => benchToken(index, 13)

function backgroundStarts(session: FirefoxSession): number[] {
  return session
    .extensionErrors()
    .map((line) => new RegExp(`${START_MARK} (\\d+)`).exec(line)?.[1])
    .filter((at): at is string => at !== undefined)
    .map(Number)
}

async function trial(session: FirefoxSession, index: number, clickFirst: boolean, pauseMs: number, emptyBackground: boolean): Promise<Trial> {
  const page = await session.openFixture(PAGE)
  try {
    await waitFor("our tab", () => page.evaluate(`!!document.querySelector(${HOST})`) as Promise<boolean>)
    await sleep(500)
    let frame: Frame | null = null
    if (clickFirst) {
      await page.click("input")
      frame = await panelFrameIn(page)
    }
    await sleep(pauseMs)
    const token = tokenFor(index)
    let watching: Watch | null = null
    if (frame) {
      watching = frame.evaluate(watchDiagnosis(token)) as Watch
      await waitFor("the watcher", () => frame!.evaluate("window.__evphBenchArmed === true") as Promise<boolean>)
    }
    const insertedAt = (await page.evaluate(`performance.timeOrigin + window.evphBenchShowError(${JSON.stringify(token)})`)) as number
    // An empty background answers nothing, so the panel never shows the error: only its start is read.
    if (!frame && !emptyBackground) watching = (await panelFrameIn(page)).evaluate(watchDiagnosis(token)) as Watch
    const result = watching ? await watching : null
    await sleep(emptyBackground ? 1000 : 300)
    const starts = backgroundStarts(session).map((at) => at - insertedAt)
    return {
      shownMs: result?.shown != null ? result.shown - insertedAt : Number.POSITIVE_INFINITY,
      diagnosedMs: result?.diagnosed != null ? result.diagnosed - insertedAt : Number.POSITIVE_INFINITY,
      startedBefore: starts.filter((s) => s <= 0).pop() ?? null,
      startedAfter: starts.find((s) => s > 0) ?? null
    }
  } finally {
    await page.close().catch(() => undefined)
  }
}

/**
 * A copy of the Firefox build whose background logs when its script starts; with `empty`, that
 * line and listeners for the two events that wake it are the whole background.
 */
function stampedBuild(empty = false): string {
  const dir = mkdtempSync(join(tmpdir(), "evph-firefox-background-"))
  cpSync(FIREFOX_BUILD, dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))
  const script = join(dir, manifest.background.scripts[0])
  const stamp = `console.error("${START_MARK} " + Date.now());\n`
  const body = empty ? "browser.runtime.onMessage.addListener(() => undefined);\nbrowser.runtime.onConnect.addListener(() => undefined);\n" : readFileSync(script, "utf8")
  writeFileSync(script, stamp + body)
  return dir
}

async function run(build: string, trials: number, clickFirst: boolean, idleMs: number | null, pauseMs: number, emptyBackground = false): Promise<Trial[]> {
  const out: Trial[] = []
  while (out.length < trials) {
    const prefs: Record<string, number> = idleMs === null ? {} : { "extensions.background.idle.timeout": idleMs }
    const session = await launchFirefox({ locale: "en-US", prefs, extensionPath: build })
    try {
      for (let i = 0; i < TRIALS_PER_PROFILE && out.length < trials; i++) out.push(await trial(session, out.length, clickFirst, pauseMs, emptyBackground))
    } finally {
      await session.close()
    }
  }
  return out
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : "never")

function describe(label: string, trials: Trial[]): string {
  const shown = trials.map((t) => t.shownMs)
  const diagnosed = trials.map((t) => t.diagnosedMs)
  const after = trials.map((t) => t.startedAfter).filter((s): s is number => s !== null)
  const before = trials.map((t) => t.startedBefore).filter((s): s is number => s !== null)
  const starts = [
    after.length ? `started after the error in ${after.length}/${trials.length} (median ${ms(median(after))} after it)` : "",
    before.length - after.length > 0 || !after.length ? `last started before it: median ${ms(-median(before))} earlier` : ""
  ].filter(Boolean)
  return `${label}: error shown p50 ${ms(median(shown))}, p95 ${ms(percentile(shown, 95))}; diagnosis shown p50 ${ms(median(diagnosed))}, p95 ${ms(percentile(diagnosed, 95))} (${trials.length} trials); background ${starts.join("; ")}`
}

async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name)
    return at >= 0 ? Number(argv[at + 1]) : fallback
  }
  const trials = option("--trials", 10)
  const idleMs = option("--idle-ms", 1000)
  const pauseMs = option("--pause-ms", 3000)
  const build = stampedBuild()
  const empty = stampedBuild(true)
  try {
    for (const clickFirst of [true, false]) {
      const name = clickFirst ? "after a click into the form (frame loaded ahead)" : "no input (the error loads the frame)"
      console.log(describe(`${name}, background awake`, await run(build, trials, clickFirst, null, pauseMs)))
      console.log(describe(`${name}, idle timeout ${idleMs} ms, ${pauseMs} ms without input`, await run(build, trials, clickFirst, idleMs, pauseMs)))
    }
    const starts = (await run(empty, trials, false, idleMs, pauseMs, true)).map((t) => t.startedAfter ?? Number.POSITIVE_INFINITY)
    console.log(`no input, idle timeout ${idleMs} ms, a background of one line and two empty listeners: it starts p50 ${ms(median(starts))}, p95 ${ms(percentile(starts, 95))} after the error (${trials} trials)`)
  } finally {
    rmSync(build, { recursive: true, force: true })
    rmSync(empty, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith("firefox-background.ts")) await main(process.argv.slice(2))
