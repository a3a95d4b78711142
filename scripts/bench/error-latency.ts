import type { Page } from "playwright-core"

import { PANEL_HOST } from "~test/e2e/harness"

import type { BenchBrowser } from "./launch"

/** Time the panel may take before a sample counts as "never shown". */
const SAMPLE_TIMEOUT_MS = 5000
/** Pause between samples, longer than the page watcher's debounce, so each starts fresh. */
const GAP_MS = 400
/** Reload after this many samples: the error timeline keeps every message of a visit. */
const SAMPLES_PER_VISIT = 10

/**
 * From an error entering the page's DOM to its text appearing in our panel's shadow root,
 * both stamped with the page's performance.now(): a MutationObserver on the open shadow
 * root (set up before the error is inserted) notes the first moment the text is there.
 * Returns ms per sample; a sample that never showed is Infinity.
 */
async function sampleOnce(page: Page, token: string): Promise<number> {
  // A string, not a function: the TypeScript runner would wrap inner functions in a
  // helper (__name) that does not exist in the page.
  const script = `new Promise((resolve) => {
    const root = document.querySelector(${JSON.stringify(PANEL_HOST)})?.shadowRoot;
    if (!root) return resolve(null);
    let insertedAt = 0;
    let timer = 0;
    const observer = new MutationObserver(() => {
      if (insertedAt && (root.textContent || "").includes(${JSON.stringify(token)})) {
        observer.disconnect(); clearTimeout(timer); resolve(performance.now() - insertedAt);
      }
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    timer = setTimeout(() => { observer.disconnect(); resolve(null); }, ${SAMPLE_TIMEOUT_MS});
    insertedAt = window.evphBenchShowError(${JSON.stringify(token)});
  })`
  const elapsed = (await page.evaluate(script)) as number | null
  return elapsed ?? Number.POSITIVE_INFINITY
}

/** Letters only: the report redaction leaves them alone (digits could read as an id). */
function tokenFor(index: number): string {
  const letters = "bcdfghjkmnpqrstvwxz"
  let n = index + 7 * 19 * 19
  let out = ""
  while (n > 0) {
    out += letters[n % letters.length]
    n = Math.floor(n / letters.length)
  }
  return `case ${out}`
}

export async function measureErrorToPanel(browser: BenchBrowser, url: string, samples: number): Promise<number[]> {
  const times: number[] = []
  let page: Page | null = null
  for (let i = 0; i < samples; i++) {
    if (i % SAMPLES_PER_VISIT === 0) {
      await page?.close()
      page = await browser.context.newPage()
      await page.goto(url, { waitUntil: "load" })
      // The panel exists and has rendered its first model before we start the clock.
      await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
      await page.waitForTimeout(800)
    }
    times.push(await sampleOnce(page!, tokenFor(i)))
    await page!.waitForTimeout(GAP_MS)
  }
  await page?.close()
  return times
}
