import { CARD_AUTOCOMPLETE_TOKENS } from "~src/sites/generic-rules"

import { autofillFieldSelector, createPageReader, type PageReader } from "./page-reader"
import type { PageSignals } from "./types"

const CARD_AUTOCOMPLETE = CARD_AUTOCOMPLETE_TOKENS.map(autofillFieldSelector)

function anyVisible(page: PageReader, selectors: readonly string[] = []): boolean {
  return selectors.some((selector) => page.firstVisible(selector) !== null)
}

/**
 * A card form: fields with card autocomplete tokens, or the card fields and gateways' card
 * frames the generic selectors know (which come with the reading words).
 */
export function showsCardFields(page: PageReader): boolean {
  return anyVisible(page, CARD_AUTOCOMPLETE) || anyVisible(page, page.words?.genericSelectors.cardFields)
}

/** Cheap structural facts about the page, for diagnosis and hints. */
export function readPageSignals(doc: Document, reader?: PageReader): PageSignals {
  const page = reader ?? createPageReader(doc)
  return {
    cardForm: showsCardFields(page),
    otpInput: anyVisible(page, page.words?.genericSelectors.oneTimeCode),
    threeDSFrame: anyVisible(page, page.words?.genericSelectors.threeDSFrames),
    // A busy status or progress bar says so in any language; the words need the reading words.
    processing:
      page.firstVisible('[aria-busy="true"][role="status"], [aria-busy="true"][role="progressbar"]') !== null ||
      (page.words?.processingPhrases.some((phrase) => page.hasPhrase(phrase)) ?? false)
  }
}
