import type { ReportV1 } from "./schema"
import { encodeShareCode } from "./share-code"
import { sampleReports } from "./sample-reports"

export interface ShareCodeSizes {
  /** Share code length in characters, one per report. */
  lengths: number[]
  median: number
  max: number
}

/**
 * Share code lengths over a set of reports (by default the realistic samples). The budget
 * is < 2,000 characters for a typical report, so the code fits one chat message; the
 * benchmark prints these numbers and a unit test keeps the median under the budget.
 */
export function measureShareCodeSizes(reports: ReportV1[] = sampleReports()): ShareCodeSizes {
  const lengths = reports.map((report) => encodeShareCode(report).length)
  const sorted = [...lengths].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { lengths, median, max: sorted.at(-1) ?? 0 }
}
