import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { extractErrorCode, findErrorCode, mayHoldErrorCode } from "./error-codes"

describe("extractErrorCode", () => {
  it.each([
    ["Error 403", "403"],
    ["HTTP 500 Internal Server Error", "500"],
    ["HTTP Status 502 - Bad Gateway", "502"],
    ["Do not honour (05)", "05"],
    ["Transaction declined (51)", "51"],
    ["Declined: reason code 51", "51"],
    ["Bank response code: 05 - Do not honor", "05"],
    ["Error code: E1234", "E1234"],
    ["Something went wrong. E1234", "E1234"],
    ["ERR-102: session expired", "ERR-102"],
    ["支付失败，错误代码：1001", "1001"],
    ["交易失败（错误码: 4003）", "4003"],
    ["Authentication result transStatus=N", "transStatus=N"],
    ["3DS failed (transStatus: R)", "transStatus=R"],
    ["Your card has not been enabled for international transactions. (Reason code: 57)", "57"],
    ["Error 1001: service unavailable", "1001"]
  ])("finds the code in %j", (text, code) => {
    expect(extractErrorCode(text)).toBe(code)
  })

  it.each([
    "Amount payable: USD 82.00",
    "Fee ₹ 2,500 (inclusive of 2.5% bank charges)",
    "Transaction Date: 12/03/2025 14:22:10 IST",
    "Valid until 2025",
    "SBI ePay: +91-22-2752-3816, 1800-22-1401 (24 x 7)",
    "Application ID 3F8A2C1D submitted",
    "Step 2 of 5",
    "Please enter the verification code sent to your phone",
    "验证码：482913",
    "Payment successful (2 items)",
    "Error on 2024-05-01 at 10:22",
    "Response code: 2024-05-01",
    "Status code is unknown",
    ""
  ])("finds no code in %j", (text) => {
    expect(extractErrorCode(text)).toBeUndefined()
  })

  it("does not read a bare number in brackets as a code without a failure word", () => {
    expect(extractErrorCode("Choose your plan (12)")).toBeUndefined()
    expect(extractErrorCode("Payment failed (12)")).toBe("12")
  })
})

describe("the pre-check of extractErrorCode", () => {
  /** Pieces of failure messages that are not labels: words, brackets, letters that look like codes. */
  const PIECES = [
    "Error", "error", "ERR-", "E", "EC", "RC", "(", ")", "（", "）", ":", "：", "=", "#", " ", "-", "_", "/", ".", "HTTP",
    "reason", "response", "declined", "Do not honour", "trans", "Status", "stat", "cod", "C0DE", "O5", "transStatus",
    "错误", "失败", "拒绝", "代", "编", "号", "返回", "原因", "０５", "٥١", "N", "R", "NA"
  ]

  it("finds no code wherever it lets the patterns be skipped", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 20 }), (pieces) => {
        const text = pieces.join("")
        fc.pre(!mayHoldErrorCode(text))
        expect(findErrorCode(text)).toBeUndefined()
        expect(extractErrorCode(text)).toBeUndefined()
      }),
      { numRuns: 1000 }
    )
  })

  it("lets through every kind of code the patterns know", () => {
    for (const text of ["Error 403", "Declined (05)", "reason code N", "Authentication result transStatus=N", "错误代码：ABC", "失败编号 X1"]) {
      expect(mayHoldErrorCode(text)).toBe(true)
    }
    expect(mayHoldErrorCode("Your card was declined by the issuing bank.")).toBe(false)
  })
})
