import { describeEvidence, getCause, getFix } from "~src/diagnosis"
import type { FixDefinition } from "~src/diagnosis/types"
import type { Localized } from "~src/i18n/locale"
import type { DeskKnowledge } from "./knowledge"

/** A report made by another version may name ids this one does not know: show the id then. */
function safely<T>(read: () => T | null | undefined): T | null {
  try {
    return read() ?? null
  } catch {
    return null
  }
}

interface CauseTexts {
  title?: Localized
  explanation?: Localized
  technical?: Localized
}

/** The desk's view of src/diagnosis (getCause(id).title/.explanation/.technical, getFix, describeEvidence). */
export const DIAGNOSIS_KNOWLEDGE: DeskKnowledge = {
  causeTitle: (id, locale) => safely(() => (getCause(id) as CauseTexts | undefined)?.title?.[locale]),
  causeExplanation: (id, locale) => safely(() => (getCause(id) as CauseTexts | undefined)?.explanation?.[locale]),
  causeTechnical: (id, locale) => safely(() => (getCause(id) as CauseTexts | undefined)?.technical?.[locale]),
  fix: (id) => safely(() => getFix(id) as FixDefinition | undefined),
  describeEvidence: (note, locale) => safely(() => describeEvidence(note, locale)) ?? note.id
}
