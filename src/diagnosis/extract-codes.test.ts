import { describe, expect, it } from "vitest"

import { extractCodes } from "./extract-codes"
import { normalizeErrorText } from "./normalize-text"

const codes = (text: string, declared?: string) => extractCodes(normalizeErrorText(text), declared).map((c) => `${c.scheme}:${c.value}`)

describe("extractCodes", () => {
  it("takes codes only with context", () => {
    expect(codes("Response code: 51")).toEqual(["iso8583:51"])
    expect(codes("Declined (N7)")).toEqual(["iso8583:N7"])
    expect(codes("05 - Do not honor")).toEqual(["iso8583:05"])
    expect(codes("Please wait 30 seconds")).toEqual([])
  })

  it("tells schemes apart", () => {
    expect(codes("银联应答码：61")).toEqual(["unionpay:61"])
    expect(codes("2001 Insufficient Funds")).toEqual(["braintree:2001"])
    expect(codes("transStatus: N, transStatusReason: 13")).toEqual(["3ds-status:N", "3ds-reason:13"])
    expect(codes("HTTP 503")).toEqual(["http:503"])
    expect(codes("Card valid until 2027")).toEqual([])
  })

  it("uses the code the page reader found", () => {
    expect(codes("Payment failed", "54")).toEqual(["iso8583:54"])
    expect(codes("Payment failed", "403")).toEqual(["http:403"])
    expect(codes("Payment failed", "E1234")).toEqual([])
  })
})

describe("normalizeErrorText", () => {
  it("folds width, case and Traditional Chinese", () => {
    expect(normalizeErrorText("交易失敗：餘額不足")).toBe("交易失败:余额不足")
    expect(normalizeErrorText("ＣＶＶ　錯誤")).toBe("cvv 错误")
    expect(normalizeErrorText("İŞLEM")).toBe("işlem")
  })
})
