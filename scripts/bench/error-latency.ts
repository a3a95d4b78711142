import type { Frame, Page } from "playwright-core"

import { PANEL_HOST } from "~test/e2e/harness"
import { PANEL_FRAME, panel } from "~test/e2e/panel-driver"

import { atMost, BUDGETS, type BudgetRow } from "./budgets"
import type { BenchBrowser } from "./launch"
import { round1, summarize, type Summary } from "./stats"

/** Time the panel may take before a sample counts as "never shown". */
const SAMPLE_TIMEOUT_MS = 5000
/** Pause between samples, longer than the page watcher's debounce, so each starts fresh. */
const GAP_MS = 400
/** Reload after this many samples: the error timeline keeps every message of a visit. */
const SAMPLES_PER_VISIT = 10

export interface ErrorToPanel {
  /** The panel is open (its frame loaded): from the error entering the page to its text in the panel, ms. */
  open: number[]
  /**
   * The panel is collapsed on a freshly loaded page; the applicant clicks into the card form
   * (as before pressing "Pay"), then the error appears: from the error entering the page to
   * its text in the panel, which opens by itself, ms. If the panel's frame was not loaded
   * ahead, its watcher can only be set up after the error is inserted (an upper bound).
   */
  cold: number[]
  /**
   * The same with no input at all before the error (a page that shows an error by itself, as
   * a portal's result page does after the gateway sends the applicant back): the frame is not
   * loaded ahead, so it loads when the panel opens. Its watcher can only be set up once the
   * frame exists, after the error: Chromium's figure is exact (a watcher set up as the frame's
   * document starts), Firefox's ends at the frame's first contentful paint, up to a frame later
   * (see watchFrame).
   */
  untouched: number[]
  /**
   * The same samples, to the moment the content script's placeholder (the panel's box under the
   * frame, drawn as the frame starts loading) shows the error quoted, past its first, transparent frame:
   * what the applicant sees until the frame's page paints over it. Watched from the page, armed
   * before the error: exact, not a bound.
   */
  placeholder: number[]
  /**
   * No input either, but the page first says the payment is being processed (as the page a
   * gateway sends the applicant back to does, before the result replaces it), which loads the
   * frame ahead in idle time; the error follows half a second later.
   */
  processing: number[]
}

/**
 * Both ends stamp epoch time (performance.timeOrigin + performance.now()): the page and the
 * panel's frame run in different processes, and this is the clock they share. Scripts are
 * strings, not functions: the TypeScript runner would wrap inner functions in a helper
 * (__name) that does not exist in the page.
 */
const insertError = (token: string) => `performance.timeOrigin + window.evphBenchShowError(${JSON.stringify(token)})`

/**
 * In the page: inserts the error and resolves with its epoch time and how long after it the
 * overlay's placeholder showed it quoted, past its first, transparent frame (null if it did not within the
 * sample's time; the overlay's shadow root is open, so the page's own script can watch it).
 */
const insertErrorWatchingPlaceholder = (token: string) => `new Promise((resolve) => {
  const root = document.getElementById("evisa-pay-helper-root")?.shadowRoot;
  const quoted = () => {
    const box = root && root.querySelector(".evph-placeholder");
    const quote = box && box.querySelector("blockquote");
    return !!quote && !box.hidden && !quote.hidden && (quote.textContent || "").includes(${JSON.stringify(token)});
  };
  let insertedAt = 0;
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (!quoted()) return;
    observer.disconnect();
    // The words are painted at opacity 0 in their first frame (so that they never count as the
    // page's largest contentful paint): the sample ends when the quote is shown.
    const quote = root.querySelector(".evph-placeholder blockquote");
    Promise.all(quote.getAnimations().map((animation) => animation.finished)).then(() => {
      clearTimeout(timer);
      resolve({ insertedAt: performance.timeOrigin + insertedAt, placeholderMs: performance.now() - insertedAt });
    });
  });
  if (root) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  insertedAt = window.evphBenchShowError(${JSON.stringify(token)});
  timer = setTimeout(() => { observer.disconnect(); resolve({ insertedAt: performance.timeOrigin + insertedAt, placeholderMs: null }); }, ${SAMPLE_TIMEOUT_MS});
})`

/**
 * In the panel's frame: resolves with the epoch time the token's text is in the panel (now, if
 * it already is), or null. In a frame that loaded after the error (`loadedAfterError`: no input
 * before it) the driver finds the frame by polling, so the text is usually there before this
 * runs, and "now" is only an upper bound (up to a 100 ms poll late in Firefox). There it
 * prefers, in order:
 * - the stamp WATCH_NEW_PANEL_FRAMES took from the frame's start (Chromium): exact;
 * - the frame's first contentful paint, the browser's own timing (Firefox): the embedded panel
 *   draws nothing until the page's first view arrives, and every view of this frame holds the
 *   error that opened it, so its first paint with any text shows the error. That is after the
 *   text entered the DOM by the time to paint it (8–10 ms in Firefox here): an upper bound by a
 *   frame rather than a poll.
 */
const watchFrame = (token: string, loadedAfterError = false) => `new Promise((resolve) => {
  const root = document.getElementById("evph-sidepanel")?.shadowRoot;
  const stamp = () => performance.timeOrigin + performance.now();
  const has = () => ((root && root.textContent) || "").includes(${JSON.stringify(token)});
  if (!root) return resolve(null);
  ${loadedAfterError ? earlierStamp(token) : ""}
  if (has()) return resolve(stamp());
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (has()) { const at = stamp(); observer.disconnect(); clearTimeout(timer); resolve(at); }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  timer = setTimeout(() => { observer.disconnect(); resolve(null); }, ${SAMPLE_TIMEOUT_MS});
  window.__evphBenchArmed = true;
})`

/** In the frame: the epoch time WATCH_NEW_PANEL_FRAMES kept for the first text holding `token`, or 0. */
export const keptStamp = (token: string) => `((window.__evphBenchTexts || []).find((entry) => entry.text.includes(${JSON.stringify(token)})) || { at: 0 }).at`

/** watchFrame's part for a frame that loaded after the error (above): the kept stamp, else the first paint. */
const earlierStamp = (token: string) => `
  const kept = ${keptStamp(token)};
  if (kept) return resolve(kept);
  if (has()) {
    const seen = stamp();
    const painted = (entries) => entries.find((entry) => entry.name === "first-contentful-paint");
    const settle = (entry) => resolve(entry ? Math.min(seen, performance.timeOrigin + entry.startTime) : seen);
    const known = painted(performance.getEntriesByType("paint"));
    if (known) return settle(known);
    const observer = new PerformanceObserver((list) => {
      const entry = painted(list.getEntries());
      if (entry) { observer.disconnect(); clearTimeout(timer); settle(entry); }
    });
    observer.observe({ type: "paint", buffered: true });
    const timer = setTimeout(() => { observer.disconnect(); settle(null); }, 1000);
    return;
  }`

/**
 * Set up in every new document where the driver can (Playwright's init scripts reach the
 * extension's frames in Chromium; Firefox runs no WebDriver script in them): in the embedded
 * panel's frame, from the document's start, keeps the panel's text after each change with the
 * time it changed (the first 50 changes: a frame that loads after the error renders its first
 * view within a few). A frame that loads after the error (no input before it) exists only once
 * the error is in the page, so nothing armed from outside can see its text arrive; this can.
 * Whole texts rather than a pattern for the token: the panel's own words may say "case" too.
 */
export const WATCH_NEW_PANEL_FRAMES = `(() => {
  if (!/^(chrome|moz)-extension:$/.test(location.protocol) || !location.pathname.endsWith("/sidepanel.html") || !location.search.includes("embedded=1")) return;
  const texts = (window.__evphBenchTexts = []);
  const watch = (root) => {
    const keep = () => {
      const at = performance.timeOrigin + performance.now();
      texts.push({ at, text: root.textContent || "" });
      if (texts.length >= 50) inner.disconnect();
    };
    const inner = new MutationObserver(keep);
    inner.observe(root, { subtree: true, childList: true, characterData: true });
  };
  const outer = new MutationObserver(() => {
    const root = document.getElementById("evph-sidepanel")?.shadowRoot;
    if (root) { outer.disconnect(); watch(root); }
  });
  outer.observe(document, { subtree: true, childList: true });
})()`

/**
 * What the sampling loop needs from a browser: Chromium's rows drive Playwright (below),
 * Firefox's puppeteer-core over WebDriver BiDi (firefox-latency.ts). `P` is a tab, `F` the
 * panel's frame in it.
 */
export interface LatencyDriver<P, F> {
  /** A fresh tab on the page, loaded, with our tab or panel in it and settled. */
  openVisit(): Promise<P>
  /** Opens the panel (clicking the tab if it is collapsed) and returns its rendered frame. */
  openPanel(page: P): Promise<F | null>
  /** The panel's frame once it is in the page and rendered, or null after `timeout`. */
  panelFrame(page: P, timeout: number): Promise<F | null>
  /** The panel's frame is in the page at all (loaded ahead while hidden, or open). */
  frameInPage(page: P): Promise<boolean>
  evaluatePage(page: P, expression: string): Promise<unknown>
  evaluateFrame(frame: F, expression: string): Promise<unknown>
  /** Resolves once `expression` is true in the frame (polling), or rejects after `timeout`. */
  waitInFrame(frame: F, expression: string, timeout: number): Promise<void>
  /** Collapses the panel (remembered for the next page) if it is open. */
  collapse(page: P): Promise<void>
  /** A click into the card form, as the applicant's before pressing "Pay". */
  clickIntoForm(page: P): Promise<void>
  wait(page: P, ms: number): Promise<void>
  close(page: P): Promise<void>
}

/** One sample with the panel open: the watcher is armed in the frame before the error is inserted. */
async function sampleOpen<P, F>(driver: LatencyDriver<P, F>, page: P, frame: F, token: string): Promise<number> {
  const shown = driver.evaluateFrame(frame, watchFrame(token)) as Promise<number | null>
  await driver.waitInFrame(frame, "window.__evphBenchArmed === true", SAMPLE_TIMEOUT_MS)
  await driver.evaluateFrame(frame, "window.__evphBenchArmed = false")
  const insertedAt = (await driver.evaluatePage(page, insertError(token))) as number
  const at = await shown
  return at === null ? Number.POSITIVE_INFINITY : at - insertedAt
}

/**
 * The error text of one sample: "case " and letters only, which the report redaction leaves
 * alone (digits could read as an id). Each measurement passes its own series, so tokens of
 * different measurements never meet.
 */
export function benchToken(index: number, series: number): string {
  const letters = "bcdfghjkmnpqrstvwxz"
  let n = index + series * 19 * 19
  let out = ""
  while (n > 0) {
    out += letters[n % letters.length]
    n = Math.floor(n / letters.length)
  }
  return `case ${out}`
}

const tokenFor = (index: number) => benchToken(index, 7)

/** Every case of ErrorToPanel, through any driver; a sample that fails counts as "never shown". */
export async function sampleErrorToPanel<P, F>(driver: LatencyDriver<P, F>, samples: number, coldSamples: number): Promise<ErrorToPanel> {
  const never = () => Number.POSITIVE_INFINITY
  const open: number[] = []
  let page: P | null = null
  let frame: F | null = null
  for (let i = 0; i < samples; i++) {
    if (i % SAMPLES_PER_VISIT === 0) {
      if (page) await driver.close(page)
      page = await driver.openVisit()
      frame = await driver.openPanel(page)
      await driver.wait(page, 300)
    }
    open.push(frame ? await sampleOpen(driver, page!, frame, tokenFor(i)).catch(never) : never())
    await driver.wait(page!, GAP_MS)
  }
  if (page) {
    await driver.collapse(page)
    await driver.close(page)
  }

  const placeholder: number[] = []
  const collapsedSample = async (index: number, before: "click" | "nothing" | "processing"): Promise<number> => {
    const fresh = await driver.openVisit()
    await driver.collapse(fresh)
    if (before === "click") await driver.clickIntoForm(fresh)
    if (before === "processing") await driver.evaluatePage(fresh, "window.evphBenchShowProcessing()")
    await driver.wait(fresh, 500)
    const token = tokenFor(index)
    const loadedAhead = (await driver.frameInPage(fresh)) ? await driver.panelFrame(fresh, SAMPLE_TIMEOUT_MS) : null
    let result: number
    if (loadedAhead) {
      // The frame was loaded ahead (hidden): the watcher is armed before the error, as above.
      result = await sampleOpen(driver, fresh, loadedAhead, token).catch(never)
    } else {
      const inserted = (await driver.evaluatePage(fresh, insertErrorWatchingPlaceholder(token))) as { insertedAt: number; placeholderMs: number | null }
      const insertedAt = inserted.insertedAt
      if (before === "nothing") placeholder.push(inserted.placeholderMs ?? never())
      const coldFrame = await driver.panelFrame(fresh, SAMPLE_TIMEOUT_MS)
      const at = coldFrame ? ((await driver.evaluateFrame(coldFrame, watchFrame(token, true)).catch(() => null)) as number | null) : null
      result = at === null ? never() : at - insertedAt
    }
    await driver.collapse(fresh)
    await driver.close(fresh)
    return result
  }
  const collapsedCase = async (before: "click" | "nothing" | "processing", caseIndex: number): Promise<number[]> => {
    const out: number[] = []
    for (let i = 0; i < coldSamples; i++) out.push(await collapsedSample(samples + caseIndex * coldSamples + i, before))
    return out
  }
  const cold = await collapsedCase("click", 0)
  const untouched = await collapsedCase("nothing", 1)
  const processing = await collapsedCase("processing", 2)
  return { open, cold, untouched, placeholder, processing }
}

/** What each case is called in the budget table (the same words for every browser). */
const CASE_LABELS: Record<keyof ErrorToPanel, string> = {
  open: "panel open",
  cold: "panel collapsed: it opens by itself; its frame loaded ahead after a click into the form",
  untouched: "panel collapsed, no input before the error: it opens and loads its frame",
  placeholder: "the same, to the placeholder the content script draws under the loading frame, quoting the error, shown",
  processing: "panel collapsed, no input; the page said the payment was processing, which loads its frame ahead"
}
const CASES = Object.keys(CASE_LABELS) as (keyof ErrorToPanel)[]

/** One budget row per case; `browser` names a browser other than the bench's Chromium. */
export function errorToPanelBudgets(result: ErrorToPanel, browser?: string): BudgetRow[] {
  return CASES.map((c) => {
    const s = summarize(result[c])
    // Firefox runs no watcher in a new extension frame: its figure ends at the frame's first paint.
    const bound = c === "untouched" && browser ? "; to the frame's first contentful paint" : ""
    return atMost(`error → panel, p95${browser ? `, ${browser}` : ""} (${CASE_LABELS[c]})`, s.p95, BUDGETS.errorToPanelP95Ms, "ms", `${s.n} of ${result[c].length} shown${bound}`)
  })
}

/** The cases' figures in words, for results.md (after "Error shown in the page → shown in the panel …: "). */
export function errorToPanelSentence(data: Record<keyof ErrorToPanel, Summary>, frameWatchedFromItsStart = true): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`
  const figures = (s: Summary) => `p50 ${ms(s.median)}, p95 ${ms(s.p95)}`
  return [
    `with the panel open ${figures(data.open)} (${data.open.n} samples)`,
    `with the panel collapsed on a fresh page, so that it opens by itself, ${figures(data.cold)} (${data.cold.n} samples, after the applicant's first click into the form, which loads the panel's frame ahead)`,
    `with no input before the error, so that the frame loads as the panel opens, ${figures(data.untouched)} (${data.untouched.n} samples; ${frameWatchedFromItsStart ? "watched from the frame's start" : "to the frame's first contentful paint, up to a frame after its text"}), and the placeholder drawn under the loading frame showed the error after ${figures(data.placeholder)}`,
    `with no input but a page that first says the payment is processing, which loads the frame ahead, ${figures(data.processing)} (${data.processing.n} samples).`
  ].join("; ")
}

/** Each case summarized, with its samples for results.json. */
export function errorToPanelData(result: ErrorToPanel): Record<keyof ErrorToPanel, Summary & { samples: (number | null)[] }> {
  return Object.fromEntries(CASES.map((c) => [c, { ...summarize(result[c]), samples: result[c].map(round1) }])) as Record<keyof ErrorToPanel, Summary & { samples: (number | null)[] }>
}

/** Chromium through Playwright: the browser of `npm run bench`'s other rows. */
function playwrightDriver(browser: BenchBrowser, url: string): LatencyDriver<Page, Frame> {
  const panelFrame = async (page: Page, timeout: number): Promise<Frame | null> => {
    const element = await page.waitForSelector(PANEL_FRAME, { state: "attached", timeout }).catch(() => null)
    const frame = await element?.contentFrame()
    if (!frame) return null
    await frame.waitForFunction(`!!document.getElementById("evph-sidepanel")?.shadowRoot`, undefined, { timeout }).catch(() => null)
    return frame
  }
  return {
    async openVisit() {
      const page = await browser.context.newPage()
      await page.goto(url, { waitUntil: "load" })
      await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
      await page.waitForTimeout(800)
      return page
    },
    async openPanel(page) {
      const tab = page.locator(`${PANEL_HOST} .evph-tab`)
      if (await tab.isVisible()) await tab.click()
      return panelFrame(page, SAMPLE_TIMEOUT_MS)
    },
    panelFrame,
    frameInPage: async (page) => (await page.locator(PANEL_FRAME).count()) > 0,
    evaluatePage: (page, expression) => page.evaluate(expression),
    evaluateFrame: (frame, expression) => frame.evaluate(expression),
    waitInFrame: async (frame, expression, timeout) => {
      await frame.waitForFunction(expression, undefined, { timeout })
    },
    async collapse(page) {
      if (await panel(page).isVisible()) {
        await panel(page).getByRole("button", { name: /^(Minimise|收起)/ }).first().click()
        await page.locator(`${PANEL_HOST} .evph-tab`).waitFor({ state: "visible", timeout: 5_000 })
      }
    },
    clickIntoForm: (page) => page.locator("input").first().click(),
    wait: (page, ms) => page.waitForTimeout(ms),
    close: (page) => page.close()
  }
}

export async function measureErrorToPanel(browser: BenchBrowser, url: string, samples: number, coldSamples: number): Promise<ErrorToPanel> {
  await browser.context.addInitScript(WATCH_NEW_PANEL_FRAMES)
  return sampleErrorToPanel(playwrightDriver(browser, url), samples, coldSamples)
}
