import { evidenceKey, type KnowledgeSnapshot } from "~src/diagnosis/knowledge-snapshot-shape"
import type { NameLookups } from "~src/report/report-phrases"
import { reportToChatText } from "~src/report/chat-text"
import { previewItems, withNote, withoutItems } from "~src/report/preview"

import type { PanelKnowledge } from "./knowledge"

/**
 * The panel's knowledge from a snapshot the background sent with its diagnosis: the words
 * of the causes and fixes on screen, without the knowledge base itself in the page.
 */
export function knowledgeFromSnapshot(snapshot: KnowledgeSnapshot): PanelKnowledge {
  const names: NameLookups = {
    causeTitle: (id, locale) => snapshot.causes[id]?.title[locale],
    fixTitle: (id, locale) => snapshot.fixes[id]?.title[locale]
  }
  return {
    cause: (id) => snapshot.causes[id],
    fix: (id) => snapshot.fixes[id],
    describeEvidence: (note, locale) => snapshot.evidence[evidenceKey(note)]?.[locale] ?? note.id,
    previewItems: (report, locale) => previewItems(report, locale, names),
    withoutItems,
    withNote,
    chatText: (report, locale) => reportToChatText(report, locale, names)
  }
}
