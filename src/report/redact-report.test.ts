import { describe, expect, it } from "vitest"

import { redactReport } from "./redact-report"
import { sampleReports } from "./sample-reports"
import { ReportV1Schema, type ReportV1 } from "./schema"

/** A report as something other than buildReport might hand over: secrets in every free-text field. */
function leakyReport(): ReportV1 {
  const report = sampleReports()[2]
  return {
    ...report,
    page: { ...report.page, path: "/pay/IND-2026-000123", step: { ...report.page.step, evidence: ["text zhang@qq.com"] } },
    errors: [{ ...report.errors[0], text: "Card 4111 1111 1111 1111, CVV 123, exp 12/28", code: "403993715521234567" }],
    environment: { ...report.environment, pageErrors: { count: 1, messages: ["user li@163.com"] } },
    network: [{ ...report.network[0], path: "/txn/403993715521234567", error: "passport E12345678" }],
    diagnosis: [{ ...report.diagnosis[0], evidence: [{ kind: "text", id: "page-said", params: { text: "call +86 138 0013 8000", n: 2 } }] }],
    note: "手机 13800138000 " + "很长".repeat(498) + " CVV 123"
  }
}

describe("redactReport", () => {
  it("redacts every free-text field", () => {
    const json = JSON.stringify(redactReport(leakyReport()))
    for (const secret of ["IND-2026", "zhang@", "4111", "CVV 123", "12/28", "403993715521234567", "li@163", "E12345678", "0013 8000", "13800138000"]) {
      expect(json).not.toContain(secret)
    }
  })

  it("leaves ids, numbers and times alone", () => {
    const redacted = redactReport(leakyReport())
    expect(redacted.diagnosis[0].evidence[0].params?.n).toBe(2)
    expect(redacted.createdAt).toBe(leakyReport().createdAt)
    expect(redacted.diagnosis[0].cause).toBe(leakyReport().diagnosis[0].cause)
  })

  it("keeps the report within the schema's limits even when marks are longer than what they replace", () => {
    const redacted = redactReport(leakyReport())
    expect(ReportV1Schema.safeParse(redacted).success).toBe(true)
    expect(redacted.note?.length).toBeLessThanOrEqual(1000)
  })

  it("is idempotent", () => {
    const once = redactReport(leakyReport())
    expect(redactReport(once)).toEqual(once)
  })

  it("changes nothing in a report built by buildReport (already redacted)", () => {
    for (const report of sampleReports()) expect(redactReport(report)).toEqual(report)
  })
})
