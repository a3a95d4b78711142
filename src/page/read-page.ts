import type { SiteProfile } from "~src/sites/profile"

import { captureVisibleErrors } from "./capture-errors"
import { detectStep } from "./detect-step"
import type { ErrorTimeline } from "./error-timeline"
import { createPageReader } from "./page-reader"
import { readPageSignals } from "./page-signals"
import { redactCaptured } from "./redact-captured"
import type { ReadingWords } from "./reading-words"
import type { PageState } from "./types"

/**
 * Everything src/page understands about a page, in one call, for a profile the caller chose:
 * the site, the step, the errors shown now and earlier in this visit (through the timeline),
 * and structural signals. Content scripts call this with the profile the background sent
 * them, so the registry of every profile stays out of the page; the words statements about
 * the payment are read with come the same way (null: the page is read without them).
 */
export function readPage(
  doc: Document,
  url: URL,
  timeline: ErrorTimeline,
  now: Date,
  profile: SiteProfile | null,
  words: ReadingWords | null
): PageState {
  const reader = createPageReader(doc, words)
  const step = detectStep(doc, url, profile, reader)
  const errors = timeline.observe(captureVisibleErrors(doc, profile, now, reader), now)
  return {
    site: profile ? { id: profile.id, name: profile.names, kind: profile.kind } : null,
    origin: url.origin,
    // Never the query string or fragment: they can carry tokens and personal data.
    path: redactCaptured(url.pathname),
    step,
    errors,
    signals: readPageSignals(doc, reader)
  }
}
