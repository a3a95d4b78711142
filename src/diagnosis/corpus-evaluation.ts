import type { ErrorSource } from "~src/page/types"
import { findProfile } from "~src/sites/index"

import { CATEGORY_IDS, type CategoryId } from "./categories"
import { parseCorpus, type CorpusLine } from "./corpus-parse"
import { diagnose, type DiagnoseOptions } from "./index"
import type { Evidence } from "./types"

/**
 * Scores the knowledge base against a labelled corpus (test/corpus/errors.jsonl). Shared by
 * `npm run eval:diagnosis` and the Vitest bar, so both judge the same way. No file access
 * here: callers read the corpus.
 */
export interface CategoryScore {
  category: CategoryId
  expected: number
  predicted: number
  correct: number
  precision: number
  recall: number
}

export interface CorpusMiss {
  line: number
  text: string
  lang: string
  expected: string
  got: string
}

export interface CorpusEvaluation {
  lines: number
  /** Share of lines whose first diagnosis has the labelled category (or, for non-errors, none). */
  top1Accuracy: number
  /** Share of lines labelled with a cause whose first diagnosis is that cause. */
  causeAccuracy: number
  causeLines: number
  nonErrorLines: number
  /** Share of non-error lines that produced any diagnosis. */
  nonErrorFalsePositiveRate: number
  perCategory: CategoryScore[]
  misses: CorpusMiss[]
}

export { parseCorpus, type CorpusLine }

export function evidenceForText(text: string, url?: string, source: ErrorSource = "text"): Evidence {
  let profileId: string | null = null
  let origin: string | undefined
  let path: string | undefined
  if (url) {
    try {
      const parsed = new URL(url)
      origin = parsed.origin
      path = parsed.pathname
      profileId = findProfile(parsed)?.id ?? null
    } catch {
      // A bad URL only loses the site facts.
    }
  }
  return { page: { siteId: profileId, step: "unknown", origin, path }, errors: [{ text, source }] }
}

export function evaluateCorpus(lines: readonly CorpusLine[]): CorpusEvaluation {
  const counts = new Map<CategoryId, { expected: number; predicted: number; correct: number }>(CATEGORY_IDS.map((c) => [c, { expected: 0, predicted: 0, correct: 0 }]))
  let correct = 0
  let causeLines = 0
  let causeCorrect = 0
  let nonErrorLines = 0
  let nonErrorHits = 0
  const misses: CorpusMiss[] = []

  lines.forEach((line, index) => {
    const top = diagnose(evidenceForText(line.text, line.url))[0]
    const got = top?.category ?? null
    if (line.category) counts.get(line.category)!.expected++
    if (got) counts.get(got)!.predicted++
    if (got === line.category) {
      correct++
      if (got) counts.get(got)!.correct++
    } else {
      misses.push({ line: index + 1, text: line.text, lang: line.lang, expected: line.category ?? "(nothing)", got: top ? `${top.category} / ${top.cause}` : "(nothing)" })
    }
    if (line.cause) {
      causeLines++
      if (top?.cause === line.cause) causeCorrect++
    }
    if (line.category === null) {
      nonErrorLines++
      if (top) nonErrorHits++
    }
  })

  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
  return {
    lines: lines.length,
    top1Accuracy: ratio(correct, lines.length),
    causeAccuracy: ratio(causeCorrect, causeLines),
    causeLines,
    nonErrorLines,
    nonErrorFalsePositiveRate: nonErrorLines === 0 ? 0 : nonErrorHits / nonErrorLines,
    perCategory: [...counts].map(([category, c]) => ({ category, ...c, precision: ratio(c.correct, c.predicted), recall: ratio(c.correct, c.expected) })),
    misses
  }
}

/** One line of the real corpus (../shared/corpus/real): the recognizer's category set plus not-error. */
export interface RealCorpusLine {
  text: string
  lang: string
  category: CategoryId | "not-error"
  uncertain?: boolean
}

export interface ReliabilityBin {
  from: number
  to: number
  lines: number
  meanConfidence: number
  accuracy: number
}

export interface RealCorpusEvaluation {
  lines: number
  certainErrorLines: number
  /** Top-1 category on certain error lines, overall and by language. */
  top1: { overall: number; zh: number; en: number; zhLines: number; enLines: number }
  /** Top-1 category on all error lines (uncertain included). */
  top1AllErrors: number
  errorLines: number
  /** Share of error lines (certain or not) that got no diagnosis at all. */
  noDiagnosisRate: number
  notErrorLines: number
  /** Share of not-error lines that got a diagnosis. */
  falseAlarmRate: number
  /** confusion[expected][got], "none" for no diagnosis; all lines. */
  confusion: Record<string, Record<string, number>>
  /** Of the error lines that got a diagnosis: shown confidence vs how often the category was right. */
  reliability: ReliabilityBin[]
  /**
   * The error lines again, each given as a field's error message: where the page shows it,
   * which is how the page reader captures most errors (text given alone, as above, is how a
   * volunteer pastes it into the workbench).
   */
  asFieldError: { noDiagnosisRate: number; top1: number }
}

const RELIABILITY_EDGES = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001]

export function evaluateRealCorpus(lines: readonly RealCorpusLine[], options: DiagnoseOptions = {}): RealCorpusEvaluation {
  const confusion: Record<string, Record<string, number>> = {}
  const certain = { all: [0, 0], zh: [0, 0], en: [0, 0] }
  let errorLines = 0
  let errorRight = 0
  let silent = 0
  let notErrorLines = 0
  let falseAlarms = 0
  let fieldSilent = 0
  const fieldCertain = [0, 0]
  const bins = RELIABILITY_EDGES.slice(0, -1).map((from, i) => ({ from, to: Math.min(RELIABILITY_EDGES[i + 1]!, 1), lines: 0, confidence: 0, right: 0 }))
  for (const line of lines) {
    const top = diagnose(evidenceForText(line.text), options)[0]
    const got = top?.category ?? "none"
    const expected = line.category
    confusion[expected] ??= {}
    confusion[expected]![got] = (confusion[expected]![got] ?? 0) + 1
    if (expected === "not-error") {
      notErrorLines++
      if (top) falseAlarms++
      continue
    }
    errorLines++
    if (!top) silent++
    const asField = diagnose(evidenceForText(line.text, undefined, "field"), options)[0]
    if (!asField) fieldSilent++
    if (!line.uncertain) {
      fieldCertain[1]!++
      if (asField?.category === expected) fieldCertain[0]!++
    }
    const right = got === expected
    if (right) errorRight++
    if (top) {
      const bin = bins.find((b) => top.confidence >= b.from && top.confidence < (b.to === 1 ? 1.0001 : b.to))!
      bin.lines++
      bin.confidence += top.confidence
      if (right) bin.right++
    }
    if (line.uncertain) continue
    const tally = (key: "all" | "zh" | "en") => {
      certain[key][1]!++
      if (right) certain[key][0]!++
    }
    tally("all")
    if (line.lang.startsWith("zh")) tally("zh")
    else if (line.lang === "en") tally("en")
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
  return {
    lines: lines.length,
    certainErrorLines: certain.all[1]!,
    top1: { overall: ratio(certain.all[0]!, certain.all[1]!), zh: ratio(certain.zh[0]!, certain.zh[1]!), en: ratio(certain.en[0]!, certain.en[1]!), zhLines: certain.zh[1]!, enLines: certain.en[1]! },
    top1AllErrors: ratio(errorRight, errorLines),
    errorLines,
    noDiagnosisRate: ratio(silent, errorLines),
    notErrorLines,
    falseAlarmRate: ratio(falseAlarms, notErrorLines),
    confusion,
    reliability: bins.map((b) => ({ from: b.from, to: b.to, lines: b.lines, meanConfidence: ratio(b.confidence, b.lines), accuracy: ratio(b.right, b.lines) })),
    asFieldError: { noDiagnosisRate: ratio(fieldSilent, errorLines), top1: ratio(fieldCertain[0]!, fieldCertain[1]!) }
  }
}
