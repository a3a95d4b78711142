import type { EvidenceNote, FixDefinition } from "~src/diagnosis/types"
import type { Locale } from "~src/i18n/locale"

/**
 * What the desk needs from the knowledge base (src/diagnosis), passed in as a prop so the
 * views can be tested with a small fake and do not care how causes are stored.
 * Reports carry only ids; these turn ids into words in the reader's language.
 */
export interface DeskKnowledge {
  /** Plain title of a cause, or null when this version does not know the id. */
  causeTitle(id: string, locale: Locale): string | null
  /** Plain explanation for applicants. */
  causeExplanation(id: string, locale: Locale): string | null
  /** Technical detail for volunteers. */
  causeTechnical(id: string, locale: Locale): string | null
  fix(id: string): FixDefinition | null
  describeEvidence(note: EvidenceNote, locale: Locale): string
}

/** Shows raw ids when the knowledge base cannot be loaded; every view still works. */
export const IDS_ONLY_KNOWLEDGE: DeskKnowledge = {
  causeTitle: () => null,
  causeExplanation: () => null,
  causeTechnical: () => null,
  fix: () => null,
  describeEvidence: (note) => [note.id, ...Object.entries(note.params ?? {}).map(([k, v]) => `${k}=${v}`)].join(" ")
}

export function causeTitleOrId(knowledge: DeskKnowledge, id: string, locale: Locale): string {
  return knowledge.causeTitle(id, locale) ?? id
}

export function fixTitleOrId(knowledge: DeskKnowledge, id: string, locale: Locale): string {
  return knowledge.fix(id)?.title[locale] ?? id
}
