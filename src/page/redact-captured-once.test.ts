import { describe, expect, it, vi } from "vitest"

import * as redact from "~src/report/redact"

import { redactCaptured } from "./redact-captured"

vi.mock("~src/report/redact", async (importOriginal) => {
  const original = await importOriginal<typeof import("~src/report/redact")>()
  return { ...original, redactText: vi.fn(original.redactText) }
})

describe("redactCaptured, read after read", () => {
  it("redacts a text once and gives the same result when the page is read again", () => {
    const spy = vi.mocked(redact.redactText)
    spy.mockClear()
    const path = "/application/7c9e1f20/pay/4111111111111111"
    const first = redactCaptured(path)
    expect(first).not.toContain("4111111111111111")
    expect(redactCaptured(path)).toBe(first)
    expect(redactCaptured(path)).toBe(first)
    expect(spy).toHaveBeenCalledTimes(1)
  })

  it("never calls the redactor for text with nothing to redact", () => {
    const spy = vi.mocked(redact.redactText)
    spy.mockClear()
    expect(redactCaptured("/evisa/payment/method")).toBe("/evisa/payment/method")
    expect(spy).not.toHaveBeenCalled()
  })

  it("still redacts each new text on a page that keeps writing new numbers (past what it remembers)", () => {
    for (let i = 0; i < 500; i++) {
      const text = `Order ${4000000000000000 + i} failed`
      expect(redactCaptured(text)).toBe(redact.redactText(text).text)
    }
  })
})
