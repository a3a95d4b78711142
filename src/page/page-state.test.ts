import { join, resolve } from "node:path"

import { describe, expect, it } from "vitest"

import { loadFixture } from "~test/unit/page-fixture"

import { ErrorTimeline } from "./error-timeline"
import { readPageState } from "./page-state"
import { trapValueReads } from "./test-dom"

const FIXTURES = resolve(import.meta.dirname, "../../test/fixtures/sites")
const NOW = new Date("2025-03-12T08:52:10Z")

describe("readPageState", () => {
  it("understands the India e-Visa declined payment page", () => {
    const page = loadFixture(join(FIXTURES, "india-evisa/confirmation-declined.html"))
    trapValueReads(page.document)
    const state = readPageState(page.document, page.url, new ErrorTimeline(), NOW)
    expect(state.site).toEqual({ id: "india-evisa", name: expect.objectContaining({ en: expect.any(String) }), kind: "portal" })
    expect(state.origin).toBe("https://indianvisaonline.gov.in")
    expect(state.path).toBe("/evisa/PaymentResponse")
    expect(state.step.id).toBe("confirmation")
    expect(state.errors).toHaveLength(1)
    expect(state.errors[0]).toMatchObject({ source: "profile", code: "57" })
    expect(state.errors[0].text).toContain("not been enabled for international transactions")
    expect(state.signals).toEqual({ cardForm: false, otpInput: false, threeDSFrame: false, processing: false })
  })

  it("sees card forms, code inputs, 3-D Secure frames and processing pages", () => {
    const signals = (file: string) => {
      const page = loadFixture(join(FIXTURES, file))
      return readPageState(page.document, page.url, new ErrorTimeline(), NOW).signals
    }
    expect(signals("generic/card-entry.html").cardForm).toBe(true)
    expect(signals("generic/verification.html").otpInput).toBe(true)
    expect(signals("generic/verification-3ds.html").threeDSFrame).toBe(true)
    expect(signals("generic/confirmation-processing.html").processing).toBe(true)
    expect(signals("generic/receipt.html")).toEqual({ cardForm: false, otpInput: false, threeDSFrame: false, processing: false })
  })

  it("gives no site for an unknown host but still a step and errors", () => {
    const page = loadFixture(join(FIXTURES, "generic/confirmation-zh.html"))
    const state = readPageState(page.document, page.url, new ErrorTimeline(), NOW)
    expect(state.site).toBeNull()
    expect(state.step.id).toBe("confirmation")
    expect(state.errors[0]).toMatchObject({ source: "toast", code: "1001" })
  })

  it("keeps the query string and fragment out of the path", () => {
    const page = loadFixture(join(FIXTURES, "generic/receipt.html"), "https://checkout.example-pay.com/session/result?token=abc&email=a@b.c#x")
    expect(readPageState(page.document, page.url, new ErrorTimeline(), NOW).path).toBe("/session/result")
  })
})
