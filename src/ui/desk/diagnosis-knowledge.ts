// The causes' words and the fixes from their own files, not ~src/diagnosis: the desk shows
// diagnoses, it never makes one, and the whole knowledge base (patterns, examples, every
// site profile) would add some 140 KB to what the popup and the desk parse on opening.
import { getCauseText } from "~src/diagnosis/cause-texts"
import { describeEvidence } from "~src/diagnosis/describe-evidence"
import { getFix } from "~src/diagnosis/fix-registry"
import type { DeskKnowledge } from "./knowledge"

/** A report made by another version may name ids this one does not know: show the id then. */
function safely<T>(read: () => T | null | undefined): T | null {
  try {
    return read() ?? null
  } catch {
    return null
  }
}

/** The desk's view of src/diagnosis (getCauseText(id).title/.explanation/.technical, getFix, describeEvidence). */
export const DIAGNOSIS_KNOWLEDGE: DeskKnowledge = {
  causeTitle: (id, locale) => safely(() => getCauseText(id)?.title[locale]),
  causeExplanation: (id, locale) => safely(() => getCauseText(id)?.explanation[locale]),
  causeTechnical: (id, locale) => safely(() => getCauseText(id)?.technical[locale]),
  fix: (id) => safely(() => getFix(id)),
  describeEvidence: (note, locale) => safely(() => describeEvidence(note, locale)) ?? note.id
}
