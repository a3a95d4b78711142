import { describeEvidence, getCause, getFix } from "~src/diagnosis/index"
import { reportToChatText } from "~src/report/chat-text"
import { KNOWLEDGE_BASE_NAMES } from "~src/report/knowledge-base-names"
import { previewItems, withNote, withoutItems } from "~src/report/preview"

import type { PanelKnowledge } from "./knowledge"

/**
 * The panel's knowledge wired straight to the whole knowledge base: for tests, the side
 * panel and other extension pages. The in-page panel gets a snapshot from the background
 * instead (snapshot-knowledge.ts), so the knowledge base never loads into a portal's page.
 */
export const defaultKnowledge: PanelKnowledge = {
  cause: (id) => getCause(id) ?? undefined,
  fix: (id) => getFix(id) ?? undefined,
  describeEvidence,
  previewItems: (report, locale) => previewItems(report, locale, KNOWLEDGE_BASE_NAMES),
  withoutItems,
  withNote,
  chatText: (report, locale) => reportToChatText(report, locale, KNOWLEDGE_BASE_NAMES)
}
