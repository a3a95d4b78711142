import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { redactText } from "~src/report/redact"

import { mayHoldPersonalData, redactCaptured } from "./redact-captured"

/**
 * redactCaptured skips the redactor for text with no ASCII digit and no "@". These tests
 * hold the redactor to that: if it ever learns to remove something without digits (a name,
 * a digit-free address), the shortcut must change with it, and these fail first.
 */

/** Words that sit next to what the redactor removes, letters that look like digits, and full-width digits. */
const DIGIT_FREE_PIECES = [
  "card", "Card number", "CVV", "cvc2", "exp", "expiry date", "valid thru", "OTP is", "passport no.", "phone", "tel",
  "mobile", "IBAN", "GB", "DE", "E", "G", "pi_", "TXN", "IND-", "ABCDEFGHIJKLmnopqrstuv", "x", "O", "l", "I",
  "卡号", "安全码", "有效期至", "验证码", "短信验证码", "护照号码", "手机号码", "电话", "年", "月", "元", "USD", "$", "€", "₹",
  "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "１３８００１３８０００", "＠", "mail", ".com", "-", "_", "/", ":", "：", ".", ",", "+", "(", ")", " ", "\u00a0", "\n"
]

describe("redactCaptured", () => {
  it("leaves text without ASCII digits or @ exactly as the redactor would", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...DIGIT_FREE_PIECES), fc.string()), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("").replace(/[0-9@]/g, "")
        expect(mayHoldPersonalData(text)).toBe(false)
        expect(redactText(text).text).toBe(text)
        expect(redactCaptured(text)).toBe(text)
      }),
      { numRuns: 500 }
    )
  })

  it("still redacts an e-mail address, which needs no digit", () => {
    expect(redactCaptured("Receipt sent to applicant.name@example.org")).toBe(redactText("Receipt sent to applicant.name@example.org").text)
    expect(redactCaptured("Receipt sent to applicant.name@example.org")).not.toContain("applicant.name")
  })

  it("still redacts card numbers, codes and ids", () => {
    for (const text of ["Card 4111 1111 1111 1111 declined", "验证码 482913，请勿告诉他人", "/evisa/application/IND-2026-000123/pay"]) {
      expect(redactCaptured(text)).toBe(redactText(text).text)
      expect(redactCaptured(text)).not.toBe(text)
    }
  })

  it("returns a digit-free path unchanged", () => {
    expect(redactCaptured("/evisa/payment/method")).toBe("/evisa/payment/method")
  })
})
