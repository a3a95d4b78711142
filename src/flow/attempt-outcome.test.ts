import { describe, expect, it } from "vitest"

import type { PageState } from "~src/page/types"
import { attemptOutcome } from "./attempt-outcome"

const state = (over: Partial<Omit<PageState, "step">> & { step?: PageState["step"]["id"] } = {}): PageState => ({
  site: null,
  origin: "https://indianvisaonline.gov.in",
  path: over.path ?? "/evisa/Payment",
  step: { id: over.step ?? "card-entry", confidence: 0.9, evidence: [] },
  errors: over.errors ?? [],
  signals: { cardForm: false, otpInput: false, threeDSFrame: false, processing: false, ...over.signals }
})
const err = (text: string) => ({ text, source: "alert-role" as const, firstSeen: "2026-11-27T10:00:00Z", lastSeen: "2026-11-27T10:00:00Z" })

describe("attemptOutcome", () => {
  it("a new error while paying is a failed attempt", () => {
    expect(attemptOutcome(state(), state({ step: "confirmation", errors: [err("Transaction declined")] }))).toBe("failed")
  })
  it("the same error seen again is not a second attempt", () => {
    const failing = state({ step: "confirmation", errors: [err("Transaction declined")] })
    expect(attemptOutcome(failing, failing)).toBeNull()
  })
  it("errors on the application form are not payment attempts", () => {
    expect(attemptOutcome(state({ step: "application" }), state({ step: "application", errors: [err("Passport number is required")] }))).toBeNull()
  })
  it("reaching the receipt is a success, once", () => {
    expect(attemptOutcome(state(), state({ step: "receipt" }))).toBe("succeeded")
    expect(attemptOutcome(state({ step: "receipt" }), state({ step: "receipt" }))).toBeNull()
  })
  it("leaving a processing page without a result is unknown", () => {
    const processing = state({ step: "confirmation", signals: { processing: true } as PageState["signals"] })
    expect(attemptOutcome(processing, null)).toBe("unknown")
    expect(attemptOutcome(processing, state({ step: "payment-method", path: "/evisa/Home" }))).toBe("unknown")
  })
})
