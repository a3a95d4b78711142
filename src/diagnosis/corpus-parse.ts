import { isCategoryId, type CategoryId } from "./categories"

/** One line of the team corpus (test/corpus/*.jsonl). Kept apart from the evaluation so the trainer can read it without loading the model. */
export interface CorpusLine {
  text: string
  url?: string
  lang: string
  /** null: not an error, must yield nothing. */
  category: CategoryId | null
  cause?: string
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


/** Where the real corpus lives: CORPUS_DIR, or ../shared/corpus/real beside the repository. */
export const DEFAULT_CORPUS_DIR = "../shared/corpus/real"
