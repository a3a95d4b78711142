import { findProfile } from "~src/sites/index"
import { CATEGORY_IDS, isCategoryId, type CategoryId } from "./categories"
import { diagnose } from "./index"
import type { Evidence } from "./types"

/**
 * Scores the knowledge base against a labelled corpus (test/corpus/errors.jsonl). Shared by
 * `npm run eval:diagnosis` and the Vitest bar, so both judge the same way. No file access
 * here: callers read the corpus.
 */
export interface CorpusLine {
  text: string
  url?: string
  lang: string
  /** null: not an error, must yield nothing. */
  category: CategoryId | null
  cause?: string
}

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

/** Parses JSON Lines; throws with the line number on a malformed line. */
export function parseCorpus(jsonl: string): CorpusLine[] {
  const lines: CorpusLine[] = []
  jsonl.split("\n").forEach((raw, index) => {
    if (!raw.trim()) return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      throw new Error(`corpus line ${index + 1}: not valid JSON`)
    }
    const record = value as Partial<CorpusLine>
    if (typeof record?.text !== "string" || typeof record.lang !== "string") throw new Error(`corpus line ${index + 1}: needs "text" and "lang"`)
    if (record.category !== null && !isCategoryId(record.category)) throw new Error(`corpus line ${index + 1}: unknown category ${String(record.category)}`)
    lines.push({ text: record.text, url: record.url, lang: record.lang, category: record.category, cause: record.cause })
  })
  return lines
}

export function evidenceForText(text: string, url?: string): Evidence {
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
  return { page: { siteId: profileId, step: "unknown", origin, path }, errors: [{ text, source: "text" }] }
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
