import { bundleForPage } from "./bundle-for-page"

/** Global the bundle defines in the page. */
export const PAGE_READER_GLOBAL = "EvphPageReaderBench"

/**
 * src/page's reading code (the same modules the overlay content script runs) bundled as
 * one script for a page, exposing a timing function. Measures our own logic in real
 * Chromium on a real layout, without the overlay's rendering and messaging around it.
 */
export async function bundlePageReader(): Promise<string> {
  const entry = `
    import { readPageState } from "~src/page/page-state"
    import { detectStep } from "~src/page/detect-step"
    import { captureVisibleErrors } from "~src/page/capture-errors"
    import { createPageReader } from "~src/page/page-reader"
    import { READING_WORDS } from "~src/page/reading-words-data"
    import { ErrorTimeline } from "~src/page/error-timeline"
    import { findProfile } from "~src/sites/index"

    function timeRuns(fn, iterations) {
      for (let i = 0; i < 3; i++) fn()
      const times = []
      for (let i = 0; i < iterations; i++) {
        const started = performance.now()
        fn()
        times.push(performance.now() - started)
      }
      return times
    }

    export function run(iterations) {
      const url = new URL(location.href)
      const profile = findProfile(url)
      const now = new Date()
      const stepAndErrors = timeRuns(() => {
        const reader = createPageReader(document, READING_WORDS)
        detectStep(document, url, profile, reader)
        captureVisibleErrors(document, profile, now, reader)
      }, iterations)
      const fullRead = timeRuns(() => readPageState(document, url, new ErrorTimeline(), now), iterations)
      const state = readPageState(document, url, new ErrorTimeline(), now)
      return {
        stepAndErrors,
        fullRead,
        step: state.step.id,
        errors: state.errors.length,
        elements: document.getElementsByTagName("*").length
      }
    }
  `
  return bundleForPage(entry, { globalName: PAGE_READER_GLOBAL })
}
