import { describe, expect, it } from "vitest"

import type { FixDefinition } from "~src/diagnosis/types"
import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { composeReply } from "./compose-reply"

const callBank: FixDefinition = {
  id: "call-bank-enable-international",
  actor: "bank",
  title: { "zh-CN": "请银行开通境外支付", en: "Ask your bank to allow overseas payments" },
  steps: [
    { "zh-CN": "拨打卡背面的客服电话。", en: "Call the number on the back of your card." },
    { "zh-CN": "说明您要在境外网站付签证费。", en: "Say you are paying a visa fee on a foreign website." }
  ]
}
const anotherCard: FixDefinition = {
  id: "try-another-card",
  actor: "applicant",
  title: { "zh-CN": "换一张卡试试", en: "Try another card" },
  steps: [{ "zh-CN": "用一张 Visa 或万事达信用卡。", en: "Use a Visa or Mastercard credit card." }]
}

describe("composeReply", () => {
  it("writes a kind, step-by-step reply in Chinese", () => {
    const text = composeReply({
      report: sampleReport(),
      locale: "zh-CN",
      fixes: [callBank, anotherCard],
      causeTitle: "银行卡没有开通境外支付",
      freeText: "如果银行说已经开通了，请告诉我。"
    })
    expect(text.startsWith("您好！别担心，这个问题很常见")).toBe(true)
    expect(text).toContain("最可能的原因是：银行卡没有开通境外支付。")
    expect(text).toContain("1. 请银行开通境外支付\n   - 拨打卡背面的客服电话。\n   - 说明您要在境外网站付签证费。\n2. 换一张卡试试")
    expect(text).toContain("如果银行说已经开通了，请告诉我。")
    expect(text).toContain("完成后请告诉我您看到了什么")
    expect(text).not.toMatch(/Don't worry|Please try|Hello/) // none of the English catalogue
    expect(text).not.toContain("不要再付一次款")
  })

  it("writes the same reply in English, with no Chinese", () => {
    const text = composeReply({ report: sampleReport({ locale: "en" }), locale: "en", fixes: [callBank], causeTitle: "Overseas payments are switched off" })
    expect(text).toContain("Don't worry, this problem is common")
    expect(text).toContain("the most likely reason is: Overseas payments are switched off.")
    expect(text).toContain("1. Ask your bank to allow overseas payments\n   - Call the number on the back of your card.")
    expect(text).toContain("please tell me what you see")
    expect(/[\u4e00-\u9fff]/.test(text)).toBe(false)
  })

  it("warns against paying twice when money may already have left the account", () => {
    const report = sampleReport({ answers: { chargedWithoutReceipt: true } })
    expect(composeReply({ report, locale: "zh-CN", fixes: [] })).toContain("请先不要再付一次款")
    expect(composeReply({ report, locale: "en", fixes: [] })).toContain("please do not pay a second time")
  })

  it("without fixes or a cause it still reassures and promises a next step", () => {
    const text = composeReply({ report: sampleReport({ diagnosis: [] }), locale: "zh-CN", fixes: [] })
    expect(text).not.toContain("最可能的原因")
    expect(text).toContain("我先看一下您的报告")
  })
})
