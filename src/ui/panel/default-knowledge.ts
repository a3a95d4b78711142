import { describeEvidence, getCause, getFix } from "~src/diagnosis/index"
import { reportToChatText } from "~src/report/chat-text"
import { KNOWLEDGE_BASE_NAMES } from "~src/report/knowledge-base-names"
import { previewItems, withNote, withoutItems } from "~src/report/preview"

import type { PanelKnowledge } from "./knowledge"

/**
 * The panel's knowledge wired straight to the whole knowledge base. The panel only ever
 * runs in extension pages (the in-page panel is an extension frame, see
 * contents/overlay), so the knowledge base never loads into a portal's page.
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
