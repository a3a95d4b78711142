import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { buildReport, type BuildReportInput } from "./build"
import { REPORT_LIMITS } from "./report-limits"
import { SAMPLE_INPUTS, sampleReports } from "./sample-reports"
import { ReportV1Schema } from "./schema"

const base = (): BuildReportInput => structuredClone(SAMPLE_INPUTS[0])

describe("buildReport", () => {
  it("builds sample reports that satisfy ReportV1Schema", () => {
    for (const report of sampleReports()) {
      const parsed = ReportV1Schema.safeParse(report)
      expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true)
    }
  })

  it("writes createdAt and every time at the applicant's UTC offset from the environment", () => {
    const input = base()
    input.environment = { ...input.environment, utcOffsetMinutes: 330 }
    const report = buildReport(input)
    expect(report.createdAt).toBe("2026-11-27T08:35:00+05:30")
    expect(report.errors[0].firstSeen).toBe("2026-11-27T08:34:41+05:30")
    input.environment = { ...input.environment, utcOffsetMinutes: -180 }
    expect(buildReport(input).createdAt).toBe("2026-11-27T00:05:00-03:00")
  })

  it("falls back to UTC when the environment has no offset", () => {
    const input = base()
    input.environment = {}
    expect(buildReport(input).createdAt).toBe("2026-11-27T03:05:00+00:00")
  })

  it("redacts every free text: error, note, path, step evidence, evidence parameters, page errors, network", () => {
    const input = base()
    input.pageState.path = "/pay/IND-2026-000123?card=4111111111111111#x"
    input.pageState.step.evidence = ["text \"zhang@qq.com\""]
    input.pageState.errors[0].text = "Card 4111 1111 1111 1111 declined, call +86 138 0013 8000"
    input.diagnosis[0].evidence = [{ kind: "text", id: "text-matches", params: { phrase: "passport E12345678" } }]
    input.environment = { ...input.environment, pageErrors: { count: 1, messages: ["fail for li@163.com"] } }
    input.network = [{ origin: "https://pay.example", path: "/txn/403993715521234567", kind: "http", status: 500, time: "2026-11-27T03:00:00Z" }]
    input.note = "我的护照 E12345678，手机 13800138000"
    const json = JSON.stringify(buildReport(input))
    for (const secret of ["4111", "IND-2026", "zhang@", "0013 8000", "E12345678", "li@163", "403993715521234567", "13800138000"]) {
      expect(json).not.toContain(secret)
    }
    const report = buildReport(input)
    expect(report.page.path).toBe("/pay/‹ref›")
    expect(report.note).toBe("我的护照 ‹passport›，手机 ‹phone›")
  })

  it("keeps the facts a volunteer needs", () => {
    const report = buildReport(base())
    expect(report.errors[0]).toMatchObject({ text: expect.stringContaining("(05) Do not honour"), code: "05" })
    expect(report.page.site?.id).toBe("sbi-epay")
    expect(report.answers).toEqual({ paymentMethod: "visa", cardType: "credit", issuerCountry: "CN", codeReceived: "not-asked" })
    expect(report.portalTime).toEqual({ timeZone: "Asia/Kolkata", localTime: "2026-11-27 08:35" })
  })

  it("omits an empty note and an unknown portal time zone", () => {
    const input = base()
    input.note = "   "
    input.portalTimeZone = "Not/AZone"
    const report = buildReport(input)
    expect(report).not.toHaveProperty("note")
    expect(report).not.toHaveProperty("portalTime")
  })

  it("caps a huge page so the report stays valid", () => {
    const input = base()
    const long = "付款失败 ".repeat(5000) + "4111 1111 1111 1111"
    input.pageState.errors = Array.from({ length: 60 }, (_, i) => ({ text: `${i} ${long}`, code: "X".repeat(100), source: "alert-role" as const, firstSeen: "bad", lastSeen: "2026-11-27T03:00:00Z" }))
    input.pageState.step.evidence = Array.from({ length: 50 }, () => long)
    input.network = Array.from({ length: 80 }, (_, i) => ({ origin: "https://x.example", path: `/${i}/${long}`, kind: "timeout" as const, time: "2026-11-27T03:00:00Z" }))
    input.tried = Array.from({ length: 50 }, (_, i) => ({ fix: `fix-${i}`, outcome: "did-not-help" as const }))
    input.note = long
    const report = buildReport(input)
    expect(ReportV1Schema.safeParse(report).success).toBe(true)
    expect(report.errors).toHaveLength(REPORT_LIMITS.errorCount)
    expect(report.errors.at(-1)?.text.startsWith("59 ")).toBe(true)
    expect(report.errors[0].firstSeen).toBe(report.createdAt)
    expect(report.tried.at(-1)?.fix).toBe("fix-49")
  })

  it("always yields a valid report, whatever strings and numbers arrive (property)", () => {
    const anyText = fc.string({ maxLength: 700 })
    const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY))
    fc.assert(
      fc.property(anyText, anyText, anyText, anyNumber, anyNumber, anyText, anyText, (errorText, path, note, confidence, offset, code, param) => {
        const input = base()
        input.pageState.errors[0].text = errorText
        input.pageState.errors[0].code = code
        input.pageState.path = path
        input.pageState.step.confidence = confidence
        input.environment = { ...input.environment, utcOffsetMinutes: offset, clockSkewSeconds: confidence, languages: [errorText] }
        input.diagnosis[0].confidence = confidence
        input.diagnosis[0].evidence = [{ kind: "text", id: param, params: { a: param, b: confidence } }]
        input.note = note
        const parsed = ReportV1Schema.safeParse(buildReport(input))
        expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true)
      }),
      { numRuns: 300, seed: 11 }
    )
  })
})
