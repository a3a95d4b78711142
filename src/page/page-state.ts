import { findProfile } from "~src/sites/index"

import type { ErrorTimeline } from "./error-timeline"
import { readPage } from "./read-page"
import type { PageState } from "./types"

/**
 * readPage with the profile looked up in the registry of every site: for the workbench and
 * tests, which have the whole registry anyway. Content scripts use readPage.
 */
export function readPageState(doc: Document, url: URL, timeline: ErrorTimeline, now: Date): PageState {
  return readPage(doc, url, timeline, now, findProfile(url))
}
