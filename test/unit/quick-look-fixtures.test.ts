import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { ErrorTimeline } from "~src/page/error-timeline"
import { readPageState } from "~src/page/page-state"
import { quickLook } from "~src/page/quick-look"
import { READING_WORDS } from "~src/page/reading-words-data"
import { findProfile } from "~src/sites/index"

import { loadHtml } from "./page-fixture"

const FIXTURES = join(import.meta.dirname, "../fixtures")

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? htmlFiles(path) : entry.endsWith(".html") ? [path] : []
  })
}

/** The real pages carry their address in a comment header (scripts/real-pages.ts); the others in a meta tag. */
function addressOf(html: string): string | undefined {
  return /"url"\s*:\s*"(https?:[^"]+)"/.exec(html.slice(0, 4000))?.[1]
}

/**
 * The promise quick-look.ts makes: where the full reading finds an error, a payment in
 * progress or a receipt, the quick look is not quiet. Held on every page in the repository,
 * including the real pages nobody here wrote (test/fixtures/real) and the hostile ones.
 */
describe("quickLook on every fixture and real page", () => {
  const files = htmlFiles(FIXTURES)
  const NOW = new Date("2026-12-05T12:00:00Z")
  const quiet: string[] = []

  it.each(files.map((f) => [f.slice(FIXTURES.length + 1), f]))("%s: quiet only where the full reading finds nothing", (_name, file) => {
    const html = readFileSync(file, "utf8")
    const page = loadHtml(html, addressOf(html))
    try {
      const state = readPageState(page.document, page.url, new ErrorTimeline(), NOW)
      const look = quickLook(page.document, findProfile(page.url), READING_WORDS)
      const needed = state.errors.length > 0 || state.signals.processing || state.step.id === "receipt"
      if (needed) expect(look, `full reading: step ${state.step.id}, ${state.errors.length} errors, processing ${state.signals.processing}`).toBe(true)
      if (!look) quiet.push(file)
    } finally {
      void page.window.happyDOM.close()
    }
  })

  it("stays quiet on most pages with nothing to say (otherwise it saves nothing)", () => {
    // 2026-12-05: quiet on 81 of the 218 pages (of about 95 where the full reading finds nothing).
    expect(quiet.length).toBeGreaterThanOrEqual(50)
  })
})
