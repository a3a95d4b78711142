import { findProfile } from "~src/sites/index"

import { captureVisibleErrors } from "./capture-errors"
import { detectStep } from "./detect-step"
import type { ErrorTimeline } from "./error-timeline"
import { createPageReader } from "./page-reader"
import { readPageSignals } from "./page-signals"
import { redactCaptured } from "./redact-captured"
import type { PageState } from "./types"

/**
 * Everything src/page understands about a page, in one call: the site, the step, the
 * errors shown now and earlier in this visit (through the timeline), and structural
 * signals. The content script, the frame reporter and the workbench all call this.
 */
export function readPageState(doc: Document, url: URL, timeline: ErrorTimeline, now: Date): PageState {
  const profile = findProfile(url)
  const reader = createPageReader(doc)
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
