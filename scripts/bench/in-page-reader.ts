import { summarize, type Summary } from "./stats"
import type { BenchBrowser } from "./launch"
import { bundlePageReader, PAGE_READER_GLOBAL } from "./page-reader-bundle"

export interface InPageReaderResult {
  /** detectStep + captureVisibleErrors sharing one page reader, ms per call. */
  stepAndErrors: Summary
  /** readPageState (step, errors, signals, redaction), ms per call. */
  fullRead: Summary
  step: string
  errors: number
  elements: number
}

/** Runs src/page's readers inside a page of the extension-free browser. */
export async function measureInPageReader(browser: BenchBrowser, url: string, iterations: number): Promise<InPageReaderResult> {
  const script = await bundlePageReader()
  const page = await browser.context.newPage()
  try {
    await page.goto(url, { waitUntil: "load" })
    await page.addScriptTag({ content: script })
    const raw = await page.evaluate(
      ({ name, iterations }) =>
        (window as unknown as Record<string, { run(n: number): { stepAndErrors: number[]; fullRead: number[]; step: string; errors: number; elements: number } }>)[name].run(iterations),
      { name: PAGE_READER_GLOBAL, iterations }
    )
    return { stepAndErrors: summarize(raw.stepAndErrors), fullRead: summarize(raw.fullRead), step: raw.step, errors: raw.errors, elements: raw.elements }
  } finally {
    await page.close().catch(() => {})
  }
}
