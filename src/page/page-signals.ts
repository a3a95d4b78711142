import { CARD_FIELD_SELECTORS, ONE_TIME_CODE_SELECTORS, THREE_DS_FRAME_SELECTORS } from "~src/sites/generic"

import { autofillFieldSelector, createPageReader, type PageReader } from "./page-reader"
import type { PageSignals } from "./types"

/** Words of a "we are processing your payment, do not leave" page. */
const PROCESSING_PHRASES = [
  "processing your payment",
  "payment is being processed",
  "transaction is being processed",
  "transaction is in progress",
  "processing your transaction",
  "do not refresh",
  "do not press back",
  "do not close this window",
  "do not close the window",
  "please do not refresh",
  "please wait while",
  "正在处理",
  "处理中",
  "请勿刷新",
  "请勿关闭",
  "请不要刷新",
  "请不要关闭"
]

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
    processing:
      page.firstVisible('[aria-busy="true"][role="status"], [aria-busy="true"][role="progressbar"]') !== null ||
      PROCESSING_PHRASES.some((phrase) => page.hasPhrase(phrase))
  }
}
