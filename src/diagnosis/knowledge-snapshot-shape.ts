import type { Localized } from "~src/i18n/locale"

import type { CategoryId } from "./categories"
import type { EvidenceNote, FixDefinition } from "./types"

/**
 * The words of just the causes, fixes and evidence a diagnosis names, in both languages.
 * The background diagnoses and sends this along, so the content script shows the
 * knowledge base's words without carrying the whole knowledge base into every page.
 */
export interface KnowledgeSnapshot {
  causes: Record<string, { title: Localized; explanation: Localized; technical: Localized; category: CategoryId; fixes: string[] }>
  fixes: Record<string, FixDefinition>
  /** Evidence notes rendered, by evidenceKey(note). */
  evidence: Record<string, Localized>
}

/** A stable key for an evidence note (parameter order does not matter). */
export function evidenceKey(note: EvidenceNote): string {
  const params = Object.entries(note.params ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([note.kind, note.id, params])
}
