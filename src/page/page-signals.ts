import { CARD_FIELD_SELECTORS, ONE_TIME_CODE_SELECTORS, THREE_DS_FRAME_SELECTORS } from "~src/sites/generic-rules"

import { autofillFieldSelector, createPageReader, type PageReader } from "./page-reader"
import type { PageSignals } from "./types"

const CARD_AUTOCOMPLETE = ["cc-number", "cc-exp", "cc-csc"].map(autofillFieldSelector)

function anyVisible(page: PageReader, selectors: readonly string[]): boolean {
  return selectors.some((selector) => page.firstVisible(selector) !== null)
}

/** Cheap structural facts about the page, for diagnosis and hints. */
export function readPageSignals(doc: Document, reader?: PageReader): PageSignals {
  const page = reader ?? createPageReader(doc)
  return {
    cardForm: anyVisible(page, [...CARD_AUTOCOMPLETE, ...CARD_FIELD_SELECTORS]),
    otpInput: anyVisible(page, ONE_TIME_CODE_SELECTORS),
    threeDSFrame: anyVisible(page, THREE_DS_FRAME_SELECTORS),
    // A busy status or progress bar says so in any language; the words need the reading words.
    processing:
      page.firstVisible('[aria-busy="true"][role="status"], [aria-busy="true"][role="progressbar"]') !== null ||
      (page.words?.processingPhrases.some((phrase) => page.hasPhrase(phrase)) ?? false)
  }
}
