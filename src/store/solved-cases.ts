import type { CategoryId } from "~src/diagnosis/categories"
import type { CaseRecord } from "./records"

/**
 * Solved cases as labelled lines for the recognizer (guide 4.3, building a knowledge base):
 * one JSON line per error text of each solved case, in the real corpus's format, with the
 * cause the volunteer kept, its category and the fix that worked. The error text is the
 * report's, which was redacted before it was ever stored. Feed the file to
 * `npm run -s train:recognizer -- --extra <file>`.
 */
export interface SolvedCaseLine {
  text: string
  lang: string
  category: CategoryId
  cause: string
  fix?: string
  source: string
  license: string
  uncertain: false
}

const HAN = /\p{Script=Han}/u

export function solvedCaseLines(cases: readonly CaseRecord[], categoryOf: (causeId: string) => CategoryId | undefined): SolvedCaseLine[] {
  const lines: SolvedCaseLine[] = []
  const seen = new Set<string>()
  for (const record of cases) {
    if (record.status !== "solved" || !record.topCause) continue
    const category = categoryOf(record.topCause)
    if (!category) continue
    for (const error of record.report.errors) {
      const text = error.text.replace(/\s+/g, " ").trim()
      const key = `${category}\u0000${text}`
      if (!text || seen.has(key)) continue
      seen.add(key)
      lines.push({
        text,
        lang: HAN.test(text) ? "zh" : "en",
        category,
        cause: record.topCause,
        ...(record.workedFix ? { fix: record.workedFix } : {}),
        source: `case-log:${record.id ?? "new"}`,
        license: "own case log",
        uncertain: false
      })
    }
  }
  return lines
}

export const solvedCasesJsonl = (lines: readonly SolvedCaseLine[]) => lines.map((line) => JSON.stringify(line)).join("\n") + (lines.length ? "\n" : "")
