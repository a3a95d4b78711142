import type { CategoryId } from "../categories"
import { MAX_DIAGNOSES, MIN_CONFIDENCE } from "../engine"
import { normalizeErrorText } from "../normalize-text"
import type { CauseRules } from "../cause-rules"
import type { DiagnosisItem, Evidence, EvidenceNote } from "../types"
import { chooseClass, NOT_ERROR, recognize, type Recognition, type RecognizerModel } from "./model"
import { recognizerInput } from "./vectorize"

/** Only the first messages are read by the model, as the rules read only the first errors. */
const MAX_TEXTS_RECOGNIZED = 5
const SNIPPET_LENGTH = 160

const snippet = (text: string) => {
  const collapsed = text.replace(/\s+/g, " ").trim()
  return collapsed.length > SNIPPET_LENGTH ? `${collapsed.slice(0, SNIPPET_LENGTH - 1)}…` : collapsed
}

/**
 * A rule this sure (a phrase, a concept pair or a result code: the engine's CONCEPT_WEIGHT and
 * above; bare hints are left to the recognizer) keeps
 * its category while the recognizer still finds that category at least PLAUSIBLE: precise
 * patterns and codes carry the evidence volunteers read. Set from the engine's weights, not
 * fitted to any corpus.
 */
const PRECISE_RULE = 0.75
const PLAUSIBLE = 0.15
/** Evidence other than the page's words: the browser, the network, answers, time, attempts. */
const FACT_KINDS = new Set(["environment", "network", "answer", "time", "attempts", "site"])

/**
 * Where the page itself marks the text as an error: an alert, a field's error message, a
 * known error block or result heading, a native alert(), a gateway frame's error. Such text
 * gets a diagnosis unless the recognizer is all but sure it is no error statement at all
 * (a success notice in an alert region, a format hint under a field).
 */
const MARKED_AS_ERROR = new Set(["alert-role", "field", "known-class", "profile", "native-alert", "frame"])
export const MARKED_NOT_ERROR_THRESHOLD = 0.9

const round = (x: number) => Math.round(Math.min(Math.max(x, 0), 0.99) * 1000) / 1000

export interface CombineInput {
  evidence: Evidence
  /** What the rules found for the whole evidence, most likely first. */
  ruleItems: DiagnosisItem[]
  /** The rules on the same evidence without its error text (signals only). */
  rulesWithoutText: () => DiagnosisItem[]
  /**
   * The rules on the error text alone (no step, answers, network or attempts): the vote the
   * recognizer was trained with. Facts beyond the text act through `ruleItems`.
   */
  rulesOnTextAlone: () => DiagnosisItem[]
  model: RecognizerModel
  getCause: (id: string) => CauseRules | undefined
}

export interface ReadMessage {
  text: string
  recognition: Recognition
}

/**
 * Whether the text has words to read: a Latin word of three letters or more, or two Chinese
 * characters. A bare code or number ("E-4471", "#20931") has none, and what the model makes of its
 * digits and punctuation is no reading of it.
 */
export function hasWords(text: string): boolean {
  return /[A-Za-z\u00C0-\u024F]{3}|[\u3400-\u9FFF\uF900-\uFAFF]{2}/.test(text)
}

/**
 * The recognizer's answer for text the page marked as an error: "not an error" only when all but
 * sure, and never for text with no words in it, which only the page's marking says anything about
 * (a model retrained with other lines, a volunteer group's own, must not silence an alert("E-4471")).
 */
function forMarkedError(model: RecognizerModel, recognition: Recognition, text: string): Recognition {
  if (recognition.best !== NOT_ERROR) return recognition
  const threshold = hasWords(text) ? MARKED_NOT_ERROR_THRESHOLD : Number.POSITIVE_INFINITY
  const best = chooseClass(model.classes, recognition.probabilities, threshold)
  if (model.classes[best] === NOT_ERROR) return recognition
  // The words that weighed were weighed for "not an error": no words note for this answer.
  return { ...recognition, best: model.classes[best]!, bestProbability: recognition.probabilities[best]!, topFeatures: [] }
}

/** The recognizer's reading of each error text; the most error-like first. */
export function readMessages(evidence: Evidence, ruleItems: readonly DiagnosisItem[], model: RecognizerModel): ReadMessage[] {
  const errors = (evidence.errors ?? []).filter((e) => typeof e.text === "string" && e.text.trim().length > 0).slice(0, MAX_TEXTS_RECOGNIZED)
  const notErrorIndex = model.classes.indexOf(NOT_ERROR)
  return errors
    .map((error) => {
      const recognition = recognize(model, recognizerInput(error.text, ruleItems))
      return { text: error.text, recognition: MARKED_AS_ERROR.has(error.source) ? forMarkedError(model, recognition, error.text) : recognition }
    })
    .sort((a, b) => Number(a.recognition.best === NOT_ERROR) - Number(b.recognition.best === NOT_ERROR) || a.recognition.probabilities[notErrorIndex]! - b.recognition.probabilities[notErrorIndex]!)
}

/**
 * The rules' list and the recognizer's vote, made into one ranked list:
 * - the recognizer (which sees the rules' vote among its inputs) picks the category; its
 *   calibrated probability is the confidence shown;
 * - within that category the rules' best cause keeps its precise evidence (the code, the
 *   pattern), with the recognizer's note added; with no rule in that category, the category's
 *   general cause is named;
 * - text that reads as no error at all ("Card number", "Payment successful") gets no
 *   diagnosis from its words; facts other than the text (offline, blocked requests) still count;
 * - any other error text gets a diagnosis, at worst the unknown-error cause and its first steps.
 */
export function combineWithRecognizer({ evidence, ruleItems, rulesWithoutText, rulesOnTextAlone, model, getCause }: CombineInput): DiagnosisItem[] {
  const messages = readMessages(evidence, rulesOnTextAlone(), model)
  if (messages.length === 0) return ruleItems
  const { text, recognition } = messages[0]!
  if (recognition.best === NOT_ERROR) return rulesWithoutText()

  const probabilityOf = (c: string) => recognition.probabilities[recognition.classes.indexOf(c as CategoryId)] ?? 0
  const ruleTop = ruleItems[0]
  const ruleStands =
    ruleTop !== undefined &&
    ruleTop.category !== recognition.best &&
    (ruleTop.evidence.some((note) => FACT_KINDS.has(note.kind)) || (ruleTop.confidence >= PRECISE_RULE && probabilityOf(ruleTop.category) >= PLAUSIBLE))
  if (ruleStands) return ruleItems
  const category = recognition.best as CategoryId
  const wordsNote: EvidenceNote[] = recognition.topFeatures.length
    ? [{ kind: "text", id: "recognizer-words", params: { words: recognition.topFeatures.map((w) => `“${w}”`).join(", "), percent: Math.round(recognition.bestProbability * 100) } }]
    : []

  const fromRules = ruleItems.find((item) => item.category === category)
  let top: DiagnosisItem | null = null
  if (fromRules) top = { ...fromRules, confidence: round(recognition.bestProbability), evidence: [...fromRules.evidence, ...wordsNote] }
  else {
    const general = getCause(model.defaultCause[category] ?? "")
    // A cause that rules itself out for these words (its `exclude` patterns, which the rules
    // honour too) is not named by the recognizer either: the rules' list stands, or, when the
    // rules found nothing, the generic cause (never silent on an error).
    const excluded = general?.recognition.exclude?.some((p) => p.test(normalizeErrorText(text))) === true
    if (excluded && ruleItems.length > 0) return ruleItems
    const cause = (excluded ? undefined : general) ?? getCause("unknown-error")
    if (cause) {
      top = {
        cause: cause.id,
        category: cause.category,
        confidence: round(recognition.bestProbability),
        evidence: [{ kind: "text", id: "page-said", params: { text: snippet(text) } }, ...wordsNote],
        fixes: [...cause.fixes]
      }
    }
  }
  if (!top) return ruleItems

  // The rest: other causes the rules found, no more certain than the model lets them be.
  const rest = ruleItems
    .filter((item) => item.cause !== top.cause)
    .map((item) => ({ ...item, confidence: round(Math.min(item.confidence, Math.max(probabilityOf(item.category), 0), top.confidence)) }))
    .filter((item) => item.confidence >= MIN_CONFIDENCE)
  const isFallback = (id: string) => getCause(id)?.fallback === true
  const specific = !isFallback(top.cause)
  const others = rest.filter((item) => !(specific && isFallback(item.cause)))
  others.sort((a, b) => b.confidence - a.confidence)
  return [top, ...others].slice(0, MAX_DIAGNOSES)
}
