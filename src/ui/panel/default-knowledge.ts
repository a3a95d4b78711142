// The causes' words (cause-texts.json), the fixes and the notes' wording, each from its own
// file: not ~src/diagnosis/index or the registry, which would bring every cause's patterns and
// examples, diagnose() and every site profile into the panel's frame, parsed on every open,
// for nothing (the background diagnoses).
import { getCauseText } from "~src/diagnosis/cause-texts"
import { describeEvidence } from "~src/diagnosis/describe-evidence"
import { getFix } from "~src/diagnosis/fix-registry"
import { reportToChatText } from "~src/report/chat-text"
import { KNOWLEDGE_BASE_NAMES } from "~src/report/knowledge-base-names"
import { previewItems, withNote, withoutItems } from "~src/report/preview"

import type { PanelKnowledge } from "./knowledge"

/**
 * The panel's knowledge wired to the knowledge base's words. The panel only ever
 * runs in extension pages (the in-page panel is an extension frame, see
 * contents/overlay), so the knowledge base never loads into a portal's page.
 */
export const defaultKnowledge: PanelKnowledge = {
  cause: getCauseText,
  fix: getFix,
  describeEvidence,
  previewItems: (report, locale) => previewItems(report, locale, KNOWLEDGE_BASE_NAMES),
  withoutItems,
  withNote,
  chatText: (report, locale) => reportToChatText(report, locale, KNOWLEDGE_BASE_NAMES)
}
