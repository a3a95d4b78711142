import type { Frame, Page } from "playwright-core"

import { PANEL_HOST } from "~test/e2e/harness"
import { PANEL_FRAME, panel } from "~test/e2e/panel-driver"

import type { BenchBrowser } from "./launch"

/** Time the panel may take before a sample counts as "never shown". */
export const SAMPLE_TIMEOUT_MS = 5000
/** Pause between samples, longer than the page watcher's debounce, so each starts fresh. */
export const GAP_MS = 400
/** Reload after this many samples: the error timeline keeps every message of a visit. */
export const SAMPLES_PER_VISIT = 10

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
}

/**
 * Both ends stamp epoch time (performance.timeOrigin + performance.now()): the page and the
 * panel's frame run in different processes, and this is the clock they share. Scripts are
 * strings, not functions: the TypeScript runner would wrap inner functions in a helper
 * (__name) that does not exist in the page.
 */
export const insertError = (token: string) => `performance.timeOrigin + window.evphBenchShowError(${JSON.stringify(token)})`

/** In the panel's frame: resolves with the epoch time the token's text is in the panel (now, if it already is). */
export const watchFrame = (token: string) => `new Promise((resolve) => {
  const root = document.getElementById("evph-sidepanel")?.shadowRoot;
  const stamp = () => performance.timeOrigin + performance.now();
  const has = () => ((root && root.textContent) || "").includes(${JSON.stringify(token)});
  if (!root) return resolve(null);
  if (has()) return resolve(stamp());
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (has()) { const at = stamp(); observer.disconnect(); clearTimeout(timer); resolve(at); }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  timer = setTimeout(() => { observer.disconnect(); resolve(null); }, ${SAMPLE_TIMEOUT_MS});
  window.__evphBenchArmed = true;
})`

async function panelFrame(page: Page, timeout = SAMPLE_TIMEOUT_MS): Promise<Frame | null> {
  const element = await page.waitForSelector(PANEL_FRAME, { state: "attached", timeout }).catch(() => null)
  const frame = await element?.contentFrame()
  if (!frame) return null
  await frame.waitForFunction(`!!document.getElementById("evph-sidepanel")?.shadowRoot`, undefined, { timeout }).catch(() => null)
  return frame
}

/** One sample with the panel open: the watcher is armed in the frame before the error is inserted. */
async function sampleOpen(page: Page, frame: Frame, token: string): Promise<number> {
  const shown = frame.evaluate(watchFrame(token)) as Promise<number | null>
  await frame.waitForFunction("window.__evphBenchArmed === true", undefined, { timeout: SAMPLE_TIMEOUT_MS })
  await frame.evaluate("window.__evphBenchArmed = false")
  const insertedAt = (await page.evaluate(insertError(token))) as number
  const at = await shown
  return at === null ? Number.POSITIVE_INFINITY : at - insertedAt
}

/** Letters only: the report redaction leaves them alone (digits could read as an id). */
export function tokenFor(index: number): string {
  const letters = "bcdfghjkmnpqrstvwxz"
  let n = index + 7 * 19 * 19
  let out = ""
  while (n > 0) {
    out += letters[n % letters.length]
    n = Math.floor(n / letters.length)
  }
  return `case ${out}`
}

async function openVisit(browser: BenchBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage()
  await page.goto(url, { waitUntil: "load" })
  await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
  await page.waitForTimeout(800)
  return page
}

/** Collapses the panel (remembered for the next page) if it is open. */
async function collapse(page: Page): Promise<void> {
  if (await panel(page).isVisible()) {
    await panel(page).getByRole("button", { name: /^(Minimise|收起)/ }).first().click()
    await page.locator(`${PANEL_HOST} .evph-tab`).waitFor({ state: "visible", timeout: 5_000 })
  }
}

export async function measureErrorToPanel(browser: BenchBrowser, url: string, samples: number, coldSamples: number): Promise<ErrorToPanel> {
  const open: number[] = []
  let page: Page | null = null
  let frame: Frame | null = null
  for (let i = 0; i < samples; i++) {
    if (i % SAMPLES_PER_VISIT === 0) {
      await page?.close()
      page = await openVisit(browser, url)
      // The panel is open from the start: click the tab if it is collapsed.
      const tab = page.locator(`${PANEL_HOST} .evph-tab`)
      if (await tab.isVisible()) await tab.click()
      frame = await panelFrame(page)
      await page.waitForTimeout(300)
    }
    open.push(frame ? await sampleOpen(page!, frame, tokenFor(i)) : Number.POSITIVE_INFINITY)
    await page!.waitForTimeout(GAP_MS)
  }
  if (page) await collapse(page)
  await page?.close()

  const cold: number[] = []
  for (let i = 0; i < coldSamples; i++) {
    const fresh = await openVisit(browser, url)
    await collapse(fresh)
    await fresh.locator("input").first().click()
    await fresh.waitForTimeout(500)
    const token = tokenFor(samples + i)
    const loadedAhead = (await fresh.locator(PANEL_FRAME).count()) > 0 ? await panelFrame(fresh) : null
    if (loadedAhead) {
      // The frame was loaded ahead (hidden): the watcher is armed before the error, as above.
      cold.push(await sampleOpen(fresh, loadedAhead, token))
    } else {
      const insertedAt = (await fresh.evaluate(insertError(token))) as number
      const coldFrame = await panelFrame(fresh)
      const at = coldFrame ? ((await coldFrame.evaluate(watchFrame(token))) as number | null) : null
      cold.push(at === null ? Number.POSITIVE_INFINITY : at - insertedAt)
    }
    await collapse(fresh)
    await fresh.close()
  }
  return { open, cold }
}
