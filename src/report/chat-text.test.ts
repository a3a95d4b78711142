import { describe, expect, it } from "vitest"

import { getCause, getFix } from "~src/diagnosis/registry"

import { buildReport } from "./build"
import { CHAT_TEXT_BUDGET, reportToChatText } from "./chat-text"
import { decodeShareInput } from "./decode-share-input"
import { SAMPLE_INPUTS, sampleReports } from "./sample-reports"
import { encodeShareCode } from "./share-code"
import { KNOWLEDGE_BASE_NAMES } from "./knowledge-base-names"

const reports = sampleReports()
const [card, otp, stuck, method] = reports

const body = (text: string) => text.slice(0, text.lastIndexOf("\n\n"))

describe("reportToChatText", () => {
  it("reads as short lines in Chinese: greeting, site and step, quoted error, browser, time, method, cause, tried", () => {
    const lines = body(reportToChatText(card, "zh-CN", {})).split("\n")
    expect(lines[0]).toMatch(/^您好/)
    expect(lines).toContain("网站：印度国家银行 SBI ePay · 第 6 步：确认付款")
    expect(lines).toContain("页面提示：“Transaction Failed. Reason: Transaction declined by issuing bank (05) Do not honour”")
    expect(lines).toContain("浏览器：Chrome 131 · Windows 11 · 电脑")
    expect(lines).toContain("时间：2026-11-27 11:04（UTC+8）")
    expect(lines).toContain("网站当地时间：08:34（Asia/Kolkata）")
    expect(lines).toContain("付款方式：Visa · 信用卡")
    expect(lines).toContain("最可能的原因：发卡银行拦下了这笔付款")
    expect(lines).toContain("我的补充：已经试了两次，卡号 ‹card› 是对的，手机 ‹phone›")
    expect(lines.every((line) => !line.includes("|"))).toBe(true)
  })

  it("ends with a blank line and the share code alone on the last line", () => {
    const text = reportToChatText(otp, "en", KNOWLEDGE_BASE_NAMES)
    const parts = text.split("\n")
    expect(parts.at(-2)).toBe("")
    expect(parts.at(-1)).toBe(encodeShareCode(otp))
    expect(decodeShareInput(text)).toEqual({ ok: true, report: otp })
  })

  it("is written in the reader's language whatever language the report was made in", () => {
    const text = body(reportToChatText(method, "zh-CN", KNOWLEDGE_BASE_NAMES))
    expect(text).toContain("网站：澳大利亚 ImmiAccount · 第 3 步：选择付款方式")
    expect(text).toContain("付款方式：Discover · 信用卡")
    expect(body(reportToChatText(otp, "en", KNOWLEDGE_BASE_NAMES))).toContain("Security code from the bank: not received")
  })

  it("names causes and fixes through the lookups given, falling back to the category and the id", () => {
    const text = reportToChatText(otp, "zh-CN", {
      causeTitle: (id, locale) => (id === "phone-differs-from-bank" && locale === "zh-CN" ? "手机号和银行预留的不一致" : undefined),
      fixTitle: (id) => (id === "enter-latest-code-promptly" ? "收到后尽快输入最新的验证码" : undefined)
    })
    expect(text).toContain("最可能的原因：手机号和银行预留的不一致")
    expect(text).toContain("已经试过：收到后尽快输入最新的验证码（结果：没用）；improve-signal-and-wait（结果：没用）")
    expect(reportToChatText(otp, "en", {})).toContain("Most likely cause: The extra security code from the bank did not go through")
  })

  it("uses the knowledge base's titles by default", () => {
    const cause = getCause(card.diagnosis[0].cause)
    const fix = getFix(card.tried[0].fix)
    expect(cause && fix).toBeTruthy()
    const text = reportToChatText(card, "zh-CN", KNOWLEDGE_BASE_NAMES)
    expect(text).toContain(`最可能的原因：${cause?.title["zh-CN"]}`)
    expect(text).toContain(`已经试过：${fix?.title["zh-CN"]}（结果：没用）`)
    expect(reportToChatText(card, "en", KNOWLEDGE_BASE_NAMES)).toContain(`Most likely cause: ${cause?.title.en}`)
  })

  it("shows the portal's date when it differs from the applicant's", () => {
    // 00:30 in Shanghai is still the previous evening in Kolkata.
    const input = structuredClone(SAMPLE_INPUTS[0])
    input.pageState.errors[0].lastSeen = "2026-11-26T16:30:00Z"
    expect(reportToChatText(buildReport(input), "en", KNOWLEDGE_BASE_NAMES)).toContain("Time at the site: 2026-11-26 22:00 (Asia/Kolkata)")
  })

  it("stays within its budget for every sample, in both languages", () => {
    for (const report of reports) {
      for (const locale of ["zh-CN", "en"] as const) expect(body(reportToChatText(report, locale, KNOWLEDGE_BASE_NAMES)).length).toBeLessThanOrEqual(CHAT_TEXT_BUDGET)
    }
  })

  it("drops the least needed lines first when a report is long, and keeps the first error and the charge warning", () => {
    const input = structuredClone(SAMPLE_INPUTS[5])
    input.pageState.errors = Array.from({ length: 5 }, (_, i) => ({ ...input.pageState.errors[0], text: `错误 ${i} ` + "很长的提示".repeat(60) }))
    input.note = "说明".repeat(300)
    input.tried = Array.from({ length: 8 }, (_, i) => ({ fix: `some-long-fix-id-number-${i}`, outcome: "did-not-help" as const }))
    const text = body(reportToChatText(buildReport(input), "zh-CN", KNOWLEDGE_BASE_NAMES))
    expect(text.length).toBeLessThanOrEqual(CHAT_TEXT_BUDGET)
    expect(text).toContain("页面提示：“错误 4")
    expect(text).toContain("钱可能已经扣了，但没有收到收据")
    expect(text).not.toContain("错误 3")
  })

  it("falls back to the host when the site is unknown, and says so when the step is unknown", () => {
    expect(reportToChatText(reports[5], "zh-CN", KNOWLEDGE_BASE_NAMES)).toContain("网站：evisa.example.gov · 第 6 步：确认付款")
    const unknownStep = { ...stuck, page: { ...stuck.page, step: { ...stuck.page.step, id: "unknown" as const } } }
    expect(reportToChatText(unknownStep, "en", KNOWLEDGE_BASE_NAMES)).toContain("· step not known")
  })
})
