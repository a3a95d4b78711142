import { join, resolve } from "node:path"

import { describe, expect, it } from "vitest"

import { getProfile } from "~src/sites/index"
import { loadFixture } from "~test/unit/page-fixture"

import { detectStep } from "./detect-step"
import { pageWithBody } from "./test-dom"

const FIXTURES = resolve(import.meta.dirname, "../../test/fixtures/sites")

describe("detectStep", () => {
  it("says unknown, with no confidence, when nothing matches", () => {
    const page = pageWithBody(`<h1>Welcome</h1><p>Read about visas.</p>`)
    expect(detectStep(page.document, page.url, null)).toEqual({ id: "unknown", confidence: 0, evidence: [] })
  })

  it("explains its answer with readable evidence", () => {
    const page = pageWithBody(`<h1>Pay</h1><label>Card number <input autocomplete="cc-number" name="cardnumber"></label>`)
    const step = detectStep(page.document, page.url, null)
    expect(step.id).toBe("card-entry")
    expect(step.evidence).toEqual(
      expect.arrayContaining(["generic autocomplete cc-number", 'generic selector input[name*="cardnumber" i]', 'generic text "Card number"'])
    )
    expect(step.confidence).toBeGreaterThan(0.8)
  })

  it("ignores hidden forms and does not read words inside words", () => {
    const page = pageWithBody(`<h1>Payment unsuccessful</h1><form hidden><input autocomplete="one-time-code"></form>`)
    expect(detectStep(page.document, page.url, null).id).toBe("confirmation")
  })

  it("lets the site's own rules outweigh the generic ones", () => {
    const page = loadFixture(join(FIXTURES, "india-evisa/confirmation-declined.html"))
    const step = detectStep(page.document, page.url, getProfile("india-evisa"))
    expect(step.id).toBe("confirmation")
    expect(step.evidence).toContain("url /^\\/evisa\\/Payment(Response|Result|Status|Return)\\b/i")
    expect(step.evidence).toContain('text "Transaction Failed"')
  })

  it("is less sure when two steps are equally likely", () => {
    const clear = pageWithBody(`<h1>Payment successful</h1>`)
    const mixed = pageWithBody(`<h1>Payment successful</h1><h2>Payment failed</h2>`)
    expect(detectStep(mixed.document, mixed.url, null).confidence).toBeLessThan(detectStep(clear.document, clear.url, null).confidence)
  })

  it("reads a Chinese page", () => {
    const page = pageWithBody(`<h1>支付成功</h1><p>感谢您的付款</p>`)
    expect(detectStep(page.document, page.url, null).id).toBe("receipt")
  })

  it("copes with a 10,000-node page", () => {
    const rows = Array.from({ length: 3300 }, (_, i) => `<tr><td>Row ${i}</td><td><span>${i}</span></td></tr>`).join("")
    const page = pageWithBody(`<table>${rows}</table><h2>Verification code</h2><input autocomplete="one-time-code">`)
    expect(page.document.getElementsByTagName("*").length).toBeGreaterThan(10_000)
    expect(detectStep(page.document, page.url, null).id).toBe("verification")
  })
})
