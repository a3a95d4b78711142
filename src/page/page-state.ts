import { findProfile } from "~src/sites/index"

import type { ErrorTimeline } from "./error-timeline"
import { readPage } from "./read-page"
import { READING_WORDS } from "./reading-words-data"
import type { PageState } from "./types"

/**
 * readPage with the profile looked up in the registry of every site and the full reading
 * words: for the workbench and tests, which have them anyway. Content scripts use readPage
 * with what the background sent them.
 */
export function readPageState(doc: Document, url: URL, timeline: ErrorTimeline, now: Date): PageState {
  return readPage(doc, url, timeline, now, findProfile(url), READING_WORDS)
}
