import { describe, expect, it } from "vitest"

import { browserAdvice } from "./browser-advice"
import { cardChecklist, methodAcceptance } from "./card-checklist"
import { methodChoices, questionsToAsk } from "./questions-to-ask"

describe("cardChecklist", () => {
  const name = (id: string) => id.toUpperCase()

  it("warns first when the chosen brand is not taken here", () => {
    const lines = cardChecklist({ accepted: ["visa", "mastercard"] }, { paymentMethod: "unionpay" }, name)
    expect(lines[0]).toEqual({ id: "card.brandNotAccepted", params: { method: "UNIONPAY" }, warning: true })
    expect(lines.map((line) => line.id)).toContain("card.international")
  })

  it("confirms an accepted brand and adds the currency", () => {
    const lines = cardChecklist({ accepted: ["visa"], currency: "USD" }, { paymentMethod: "visa" }, name)
    expect(lines[0]?.id).toBe("card.brandAccepted")
    expect(lines.at(-1)).toEqual({ id: "card.currency", params: { currency: "USD" } })
  })

  it("says nothing about the brand without facts or an answer", () => {
    expect(cardChecklist(undefined, { paymentMethod: "visa" }, name).some((line) => line.id.startsWith("card.brand"))).toBe(false)
    expect(cardChecklist({ accepted: ["visa"] }, {}, name).some((line) => line.id.startsWith("card.brand"))).toBe(false)
  })

  it("methodAcceptance reads notAccepted before accepted", () => {
    expect(methodAcceptance({ accepted: ["paypal"], notAccepted: ["paypal"] }, "paypal")).toBe("not-accepted")
    expect(methodAcceptance({ accepted: [] }, "paypal")).toBe("unknown")
  })
})

describe("browserAdvice", () => {
  it("uses the portal's list and flags a browser below its minimum", () => {
    const advice = browserAdvice({ recommended: ["chrome", "edge"], minimum: { safari: 16 } }, { name: "Safari", version: "15.6", major: 15, engine: "WebKit" })
    expect(advice).toMatchObject({ recommended: ["Chrome", "Edge"], fromPortal: true, currentTooOld: { browser: "Safari", version: "15.6" } })
    expect(advice.minimum).toEqual([{ browser: "Safari", version: 16 }])
  })

  it("falls back to current Chrome, Firefox or Edge (seed 3.2.3) and never flags without a minimum", () => {
    const advice = browserAdvice(undefined, { name: "Safari", version: "15.6", major: 15, engine: "WebKit" })
    expect(advice).toMatchObject({ recommended: ["Chrome", "Firefox", "Edge"], fromPortal: false, currentTooOld: null })
  })
})

describe("questionsToAsk", () => {
  it("asks only the payment method while paying without trouble", () => {
    expect(questionsToAsk("card-entry", [], {}, false)).toEqual(["payment-method"])
    expect(questionsToAsk("application", [], {}, false)).toEqual([])
  })

  it("asks about the code and the phone when verification is the problem", () => {
    expect(questionsToAsk("verification", ["verification-failed"], {}, true)).toEqual(["payment-method", "code-received", "same-phone", "real-name-phone"])
    expect(questionsToAsk("verification", [], { codeReceived: "no" }, false)).toContain("same-phone")
  })

  it("asks whether money left when the result is unclear", () => {
    expect(questionsToAsk("confirmation", ["site-or-gateway-error"], {}, true)).toContain("charged")
  })

  it("always offers the methods Chinese applicants hold, then the portal's own", () => {
    const choices = methodChoices({ accepted: ["visa", "rupay"], notAccepted: ["discover"] })
    expect(choices.slice(0, 3)).toEqual(["visa", "mastercard", "unionpay"])
    expect(choices).toContain("rupay")
    expect(choices).toContain("discover")
  })
})
