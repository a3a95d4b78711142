import { describe, expect, it } from "vitest"

import * as outcome from "./outcome"
import { READING_WORDS } from "./reading-words-data"

// The words content scripts are sent by the background (reading-words-data.ts).
const classifyOutcome = (text: string) => outcome.classifyOutcome(text, READING_WORDS)
const classifyStatusValue = (value: string) => outcome.classifyStatusValue(value, READING_WORDS)
const isStatusKey = (label: string) => outcome.isStatusKey(label, READING_WORDS)

describe("classifyOutcome", () => {
  it.each([
    ["Your payment has been declined", "failure"],
    ["Your payment was unsuccessful", "failure"],
    ["Your payment session has expired", "failure"],
    ["We're experiencing technical problems", "failure"],
    ["Transaction Failed", "failure"],
    ["Payment could not be completed", "failure"],
    ["Sorry, there is a problem with the service", "failure"],
    ["支付失败", "failure"],
    ["付款未成功", "failure"],
    ["訂單已過期", "failure"],
    ["交易失敗，請稍後再試", "failure"],
    ["Your payment status could not be determined", "unknown"],
    ["订单已支付，请勿重复支付", "unknown"],
    ["此訂單已支付，請勿重複支付", "unknown"],
    ["This application has already been paid", "unknown"],
    ["Payment successful", "success"],
    ["Your payment was successful", "success"],
    ["Thank you for your payment", "success"],
    ["支付成功", "success"],
    ["Enter card details", "neutral"],
    ["Complete your payment", "neutral"],
    ["Fee to be paid", "neutral"],
    ["Expiry date", "neutral"]
  ] as const)("%s → %s", (text, outcome) => {
    expect(classifyOutcome(text)).toBe(outcome)
  })

  it("does not read advice, questions or help headings as an outcome", () => {
    expect(classifyOutcome("If your account was debited, use Verify Payment before paying again")).toBe("neutral")
    expect(classifyOutcome("Payment failed?")).toBe("neutral")
    expect(classifyOutcome("What to do if your payment fails")).toBe("neutral")
    expect(classifyOutcome("Contact your bank for more details.")).toBe("neutral")
    expect(classifyOutcome("如果支付失败，请联系银行。")).toBe("neutral")
    expect(classifyOutcome("From time to time the service is unavailable for scheduled maintenance.")).toBe("neutral")
  })

  it("never reads 'unsuccessful' or 'not successful' as a success, and lets failure outweigh success across sentences", () => {
    expect(classifyOutcome("Payment not successful")).toBe("failure")
    expect(classifyOutcome("Payment received. Your visa fee payment has failed.")).toBe("failure")
    expect(classifyOutcome("支付不成功")).toBe("failure")
  })
})

describe("status pairs", () => {
  it("recognises status labels in both languages", () => {
    for (const label of ["Status", "Payment Status", "Transaction status", "交易状态", "支付結果"]) expect(isStatusKey(label), label).toBe(true)
    for (const label of ["Amount", "Reference number", "金额"]) expect(isStatusKey(label), label).toBe(false)
  })

  it("reads status values", () => {
    expect(classifyStatusValue("FAILED")).toBe("failure")
    expect(classifyStatusValue("Transaction Failed")).toBe("failure")
    expect(classifyStatusValue("失败")).toBe("failure")
    expect(classifyStatusValue("PENDING")).toBe("unknown")
    expect(classifyStatusValue("处理中")).toBe("unknown")
    expect(classifyStatusValue("SUCCESS")).toBe("success")
    expect(classifyStatusValue("已支付")).toBe("success")
    expect(classifyStatusValue("Submitted")).toBe("neutral")
  })
})

describe("negated and pending outcomes", () => {
  it("reads a pending payment as unknown and a negated success as no success", () => {
    expect(classifyOutcome("Payment Pending")).toBe("unknown")
    expect(classifyOutcome("We have not yet received the final status of your transaction from the bank.")).toBe("unknown")
    expect(classifyOutcome("We have not received your payment")).toBe("neutral")
    expect(classifyOutcome("尚未收到付款")).toBe("neutral")
  })
})
