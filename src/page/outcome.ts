import type { ReadingWords } from "./reading-words"

/**
 * What a prominent statement on a page says about the payment: it failed, its outcome is
 * unknown (or it was already paid), it succeeded, or it says nothing about it (a form's
 * title, advice, a question). Read with the words in reading-words-data.ts, which content
 * scripts get from the background; src/diagnosis reads the statements kept and decides the
 * cause.
 *
 * Precision over recall: a statement counts only when it states an outcome. Advice and
 * questions say nothing about this payment, and success wording is read only after failure
 * wording, so "unsuccessful" is never a success.
 */
export type Outcome = "failure" | "unknown" | "success" | "neutral"

const SENTENCE_END = /(?<=[.!?。！？；;])\s*/

/** One sentence: advice and questions say nothing; failure words are read before success words. */
function classifySentence(sentence: string, w: ReadingWords): Outcome {
  const s = sentence.trim()
  if (!s) return "neutral"
  if (s.endsWith("?") || s.endsWith("？")) return "neutral"
  if (w.advice.test(s)) return "neutral"
  if (w.unknown.test(s)) return "unknown"
  if (w.failure.test(s)) return "failure"
  // "We have not yet received…", "尚未收到": a success word under a negation states none.
  if (w.success.test(s) && !w.negation.test(s)) return "success"
  return "neutral"
}

const RANK: Record<Outcome, number> = { neutral: 0, success: 1, unknown: 2, failure: 3 }

/**
 * The outcome a statement (a heading, a lede, a banner) states. A statement of several
 * sentences states the strongest outcome among them: failure, then unknown, then success.
 */
export function classifyOutcome(text: string, words: ReadingWords): Outcome {
  const normalized = text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim()
  if (!normalized) return "neutral"
  let best: Outcome = "neutral"
  for (const sentence of normalized.split(SENTENCE_END)) {
    const outcome = classifySentence(sentence, words)
    if (RANK[outcome] > RANK[best]) best = outcome
    if (best === "failure") break
  }
  return best
}

/** Whether a label names a status ("Status", "Transaction status", "交易状态"). */
export function isStatusKey(label: string, words: ReadingWords): boolean {
  const trimmed = label.trim()
  return trimmed.length > 0 && trimmed.length <= 40 && words.statusKey.test(trimmed)
}

/** The outcome a status value states ("FAILED", "Transaction Failed", "失败", "PENDING", "SUCCESS"). */
export function classifyStatusValue(value: string, words: ReadingWords): Outcome {
  const v = value.replace(/\s+/g, " ").trim()
  if (!v || v.length > 120) return "neutral"
  if (words.statusFailure.test(v)) return "failure"
  if (words.statusUnknown.test(v)) return "unknown"
  if (words.statusSuccess.test(v)) return "success"
  // A status cell that says more than one word ("Transaction could not be completed").
  return classifyOutcome(v, words)
}

/** True for outcomes a page states as a problem: these are kept as errors. */
export function isProblemOutcome(outcome: Outcome): boolean {
  return outcome === "failure" || outcome === "unknown"
}
