import { describe, expect, it } from "vitest"

import { getCause } from "~src/diagnosis/registry"
import { parseLabelledLines } from "~src/diagnosis/recognizer/training-data"
import type { ReportV1 } from "~src/report/schema"
import type { CaseRecord } from "./records"
import { solvedCaseLines, solvedCasesJsonl } from "./solved-cases"

const report = (...texts: string[]) =>
  ({ errors: texts.map((text) => ({ text, source: "alert-role", firstSeen: "2026-01-01T00:00:00+00:00", lastSeen: "2026-01-01T00:00:00+00:00" })) }) as unknown as ReportV1

const record = (status: CaseRecord["status"], topCause: string | null, texts: string[], workedFix?: string): CaseRecord => ({
  id: 7,
  report: report(...texts),
  reportHash: "h",
  siteId: null,
  topCause,
  status,
  notes: [],
  tags: [],
  createdAt: 0,
  updatedAt: 0,
  ...(workedFix ? { workedFix } : {})
})

describe("solved cases as training lines", () => {
  const categoryOf = (id: string) => getCause(id)?.category

  it("exports only solved cases, one line per distinct error text, in the format the trainer accepts", () => {
    const lines = solvedCaseLines(
      [
        record("solved", "international-payments-off", ["交易失败：境外交易未开通", "交易失败：境外交易未开通", "Card ending [redacted] declined"], "contact-bank-enable-overseas"),
        record("open", "expired-card", ["Card expired"]),
        record("solved", null, ["Something failed"]),
        record("solved", "no-such-cause", ["x"])
      ],
      categoryOf
    )
    expect(lines.map((l) => [l.text, l.lang, l.category, l.cause, l.fix])).toEqual([
      ["交易失败：境外交易未开通", "zh", "bank-restriction", "international-payments-off", "contact-bank-enable-overseas"],
      ["Card ending [redacted] declined", "en", "bank-restriction", "international-payments-off", "contact-bank-enable-overseas"]
    ])
    const parsed = parseLabelledLines(solvedCasesJsonl(lines))
    expect(parsed.problems).toEqual([])
    expect(parsed.lines).toHaveLength(2)
  })
})
