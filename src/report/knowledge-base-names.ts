import { getCauseText } from "~src/diagnosis/cause-texts"
import { getFix } from "~src/diagnosis/fix-registry"

import type { NameLookups } from "./report-phrases"

/** Cause and fix titles from the knowledge base, in the reader's language: the default names of the chat text and preview. */
export const KNOWLEDGE_BASE_NAMES: NameLookups = {
  causeTitle: (id, locale) => getCauseText(id)?.title[locale],
  fixTitle: (id, locale) => getFix(id)?.title[locale]
}
