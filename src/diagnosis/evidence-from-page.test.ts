import { describe, expect, it } from "vitest"

import { evidenceFromPage } from "./evidence-from-page"
import { diagnose } from "./index"
import type { PageState } from "~src/page/types"

describe("evidenceFromPage", () => {
  const state: PageState = {
    site: { id: "india-evisa", name: { en: "India e-Visa", "zh-CN": "印度电子签证" }, kind: "portal" },
    origin: "https://indianvisaonline.gov.in",
    path: "/evisa/Payment",
    step: { id: "confirmation", confidence: 0.8, evidence: [] },
    errors: [{ text: "Transaction declined (05)", code: "05", source: "alert-role", firstSeen: "2025-03-01T10:00:00Z", lastSeen: "2025-03-01T10:00:00Z" }],
    signals: { cardForm: false, otpInput: false, threeDSFrame: false, processing: false }
  }

  it("carries the page, the errors and the extras", () => {
    const evidence = evidenceFromPage(state, { now: "2025-03-01T10:01:00Z", answers: { codeReceived: "yes" } })
    expect(evidence.page).toEqual({ siteId: "india-evisa", step: "confirmation", origin: state.origin, path: state.path, signals: state.signals })
    expect(evidence.errors).toEqual([{ text: "Transaction declined (05)", code: "05", source: "alert-role" }])
    expect(evidence.answers).toEqual({ codeReceived: "yes" })
    expect(diagnose(evidence)[0].category).toBe("generic-decline")
  })
})
