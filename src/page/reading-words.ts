import type { GenericSelectors } from "~src/sites/generic-rules"
import type { WireRegExp } from "~src/sites/wire"

/**
 * The words the page reader reads a page's statements about the payment with: which
 * sentences are advice, which state a failure, an unknown outcome or a success, which labels
 * name a status, which headings are about the payment, which phrases label a reference.
 *
 * They are data, and they travel: the background sends them to content scripts with the
 * tab's context (like the host's profiles), so the script that loads on every portal page
 * carries the code that reads statements but not the word lists (reading-words-data.ts).
 * Extension messages are JSON, which drops RegExp objects: patterns travel as source + flags.
 */
export interface ReadingWords {
  /**
   * Words that make a live region, dialog or toast an error rather than "Loading…" or a
   * cookie banner. Regions whose only purpose is errors (role=alert, error classes) need none.
   */
  errorWords: RegExp
  /** Sentences that tell the reader what to do, ask, or explain in general: they state nothing. */
  advice: RegExp
  /** The payment's result is not known, or it was already paid. */
  unknown: RegExp
  failure: RegExp
  success: RegExp
  /** A success word under one of these states no success ("not yet received"). */
  negation: RegExp
  /** Labels that name a status ("Status", "交易状态"). */
  statusKey: RegExp
  statusFailure: RegExp
  statusUnknown: RegExp
  statusSuccess: RegExp
  /** Headings about the payment, whose lede may state the outcome the heading does not. */
  paymentTopic: RegExp
  /** Phrases that label the reference a receipt shows, lower case. */
  referencePhrases: string[]
  /** Phrases of a "we are processing your payment, do not leave" page, lower case. */
  processingPhrases: string[]
  /** Phrases that name each step on any payment page (the generic profile's), by step id. */
  stepPhrases: Partial<Record<string, string[]>>
  /**
   * Not words, but data that travels with them. Classes that mark errors (design systems',
   * frameworks' and gateways'): what they hold is an error.
   */
  errorClassSelectors: string[]
  /** Dialogs and toasts (modal and notification libraries' markup): errors only when they say an error word. */
  dialogSelectors: string[]
  toastSelectors: string[]
  /** The selectors of what every card payment's pages share (card fields, one-time-code inputs, 3-D Secure frames, payment method choices). */
  genericSelectors: GenericSelectors
}

type PlainKey = "referencePhrases" | "processingPhrases" | "stepPhrases" | "errorClassSelectors" | "dialogSelectors" | "toastSelectors" | "genericSelectors"
type PatternKey = Exclude<keyof ReadingWords, PlainKey>

export type WireReadingWords = Record<PatternKey, WireRegExp> & Pick<ReadingWords, PlainKey>

const PATTERN_KEYS: readonly PatternKey[] = [
  "errorWords",
  "advice",
  "unknown",
  "failure",
  "success",
  "negation",
  "statusKey",
  "statusFailure",
  "statusUnknown",
  "statusSuccess",
  "paymentTopic"
]

export function readingWordsToWire(words: ReadingWords): WireReadingWords {
  const { referencePhrases, processingPhrases, stepPhrases, errorClassSelectors, dialogSelectors, toastSelectors, genericSelectors } = words
  const wire = { referencePhrases, processingPhrases, stepPhrases, errorClassSelectors, dialogSelectors, toastSelectors, genericSelectors } as WireReadingWords
  for (const key of PATTERN_KEYS) wire[key] = { source: words[key].source, flags: words[key].flags }
  return wire
}

/**
 * Rebuilds the words a content script was sent, or null when anything is missing or does not
 * compile (an older or broken background): the page is then read without outcome statements,
 * never with half a vocabulary.
 */
export function readingWordsFromWire(wire: unknown): ReadingWords | null {
  if (typeof wire !== "object" || wire === null) return null
  const record = wire as Record<string, unknown>
  const { referencePhrases, processingPhrases, stepPhrases, errorClassSelectors, dialogSelectors, toastSelectors, genericSelectors } = record
  if (![referencePhrases, processingPhrases, errorClassSelectors, dialogSelectors, toastSelectors].every(isStringList)) return null
  if (!isRecordOfLists(stepPhrases) || typeof genericSelectors !== "object" || genericSelectors === null) return null
  const { threeDSFrames, oneTimeCode, cardFields, paymentMethodChoice } = genericSelectors as Record<string, unknown>
  if (!isStringList(threeDSFrames) || !isStringList(oneTimeCode) || !isStringList(cardFields) || !isStringList(paymentMethodChoice)) return null
  const selectors: GenericSelectors = { threeDSFrames, oneTimeCode, cardFields, paymentMethodChoice }
  const words = { referencePhrases, processingPhrases, stepPhrases, errorClassSelectors, dialogSelectors, toastSelectors, genericSelectors: selectors } as ReadingWords
  for (const key of PATTERN_KEYS) {
    const pattern = record[key] as Partial<WireRegExp> | undefined
    if (typeof pattern?.source !== "string" || typeof pattern.flags !== "string") return null
    try {
      words[key] = new RegExp(pattern.source, pattern.flags)
    } catch {
      return null
    }
  }
  return words
}

function isRecordOfLists(value: unknown): value is Record<string, string[]> {
  return typeof value === "object" && value !== null && Object.values(value).every(isStringList)
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string")
}
