import { describe, expect, it } from "vitest"

import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import type { CaseRecord } from "./records"
import { summariseWhatWorked } from "./what-worked"

function record(siteId: string | null, topCause: string | null, status: CaseRecord["status"], workedFix?: string): CaseRecord {
  return { report: sampleReport(), reportHash: "0".repeat(64), siteId, topCause, status, workedFix, notes: [], tags: [], createdAt: 0, updatedAt: 0 }
}

describe("what worked", () => {
  it("counts worked fixes per site and per cause among solved cases only", () => {
    const summary = summariseWhatWorked([
      record("india-evisa", "international-payments-off", "solved", "call-bank"),
      record("india-evisa", "international-payments-off", "solved", "call-bank"),
      record("india-evisa", "otp-not-received", "solved", "update-bank-phone"),
      record("india-evisa", "international-payments-off", "solved"),
      record("turkey-evisa", "international-payments-off", "solved", "try-another-card"),
      record("india-evisa", "international-payments-off", "open", "call-bank"),
      record(null, null, "unsolved")
    ])
    expect(summary.solvedTotal).toBe(5)
    expect(summary.bySite).toEqual([
      { key: "india-evisa", solvedCases: 4, fixes: [{ fix: "call-bank", count: 2, share: 0.5 }, { fix: "update-bank-phone", count: 1, share: 0.25 }] },
      { key: "turkey-evisa", solvedCases: 1, fixes: [{ fix: "try-another-card", count: 1, share: 1 }] }
    ])
    expect(summary.byCause[0]).toEqual({
      key: "international-payments-off",
      solvedCases: 4,
      fixes: [
        { fix: "call-bank", count: 2, share: 0.5 },
        { fix: "try-another-card", count: 1, share: 0.25 }
      ]
    })
  })
})
