import { join, resolve } from "node:path"

import { describe, expect, it } from "vitest"

import { getProfile } from "~src/sites/index"
import { loadFixture } from "~test/unit/page-fixture"

import { detectStep as detectStepWith } from "./detect-step"
import { contentScriptReader, pageWithBody } from "./test-dom"

/** As content scripts read pages: with the words the background sends them. */
const detectStep = (doc: Document, url: URL, profile: Parameters<typeof detectStepWith>[2]) =>
  detectStepWith(doc, url, profile, contentScriptReader(doc))

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

  describe("steps told by what the page says", () => {
    const govUkPay = getProfile("gov-uk-pay")
    const onCardPath = "https://card.payments.service.gov.uk/card_details/abc123"

    it("calls a declined result confirmation even on the card form's address, and says why", () => {
      const page = pageWithBody(`<main><h1>Payment failed</h1><p>Your bank declined the payment. No money was taken.</p></main>`, onCardPath)
      const step = detectStep(page.document, page.url, govUkPay)
      expect(step.id).toBe("confirmation")
      expect(step.evidence).toContain("outcome failure (heading)")
    })

    it("calls a page whose result is unknown, or already paid, confirmation", () => {
      const unknown = pageWithBody(`<main><h1>Payment</h1><p>Your payment status could not be determined.</p></main>`)
      expect(detectStep(unknown.document, unknown.url, null).id).toBe("confirmation")
      const paid = pageWithBody(`<div class="ui-tiptext-container"><p class="ui-tiptext">订单已支付，请勿重复支付</p></div>`)
      expect(detectStep(paid.document, paid.url, null)).toMatchObject({ id: "confirmation", evidence: ["outcome unknown (banner)"] })
    })

    it("calls a success with a reference receipt", () => {
      const page = pageWithBody(`<main><h1>Payment successful</h1><table><tr><th>Reference</th><td>ABC-123</td></tr></table></main>`)
      const step = detectStep(page.document, page.url, null)
      expect(step.id).toBe("receipt")
      expect(step.evidence).toEqual(expect.arrayContaining(["outcome success (heading)", 'reference "reference"']))
    })

    it("calls a one-time-code form verification and a card form card-entry on any host, known or not", () => {
      const otp = `<h2>Enter code</h2><input autocomplete="one-time-code" name="code">`
      const card = `<input autocomplete="cc-number" name="n"><input autocomplete="cc-exp" name="e"><input autocomplete="cc-csc" name="c">`
      for (const url of [onCardPath, "https://indianvisaonline.gov.in/evisa/Registration", "https://pay.unknown.example/x"]) {
        const profile = url.includes("gov.uk") ? govUkPay : url.includes("indianvisa") ? getProfile("india-evisa") : null
        const otpPage = pageWithBody(otp, url)
        expect(detectStep(otpPage.document, otpPage.url, profile).id, url).toBe("verification")
        const cardPage = pageWithBody(card, url)
        expect(detectStep(cardPage.document, cardPage.url, profile).id, url).toBe("card-entry")
      }
    })

    it("keeps the card step when an error sits beside a card form still on screen", () => {
      const page = pageWithBody(`<form><input autocomplete="cc-number" name="n"><input autocomplete="cc-csc" name="c"><div role="alert">Payment failed: your card was declined.</div></form>`)
      expect(detectStep(page.document, page.url, null).id).toBe("card-entry")
    })

    it("says unknown rather than naming a step on weak evidence alone", () => {
      // A site whose only rule for this address is a weak hint, and a page that says nothing.
      const hinted = { ...getProfile("india-evisa")!, steps: [{ step: "application" as const, url: [/^\/evisa\/apply/], weight: 0.5 }] }
      const page = pageWithBody(`<main><h1>Welcome back</h1></main>`, "https://indianvisaonline.gov.in/evisa/apply")
      const step = detectStep(page.document, page.url, hinted)
      expect(step).toMatchObject({ id: "unknown", confidence: 0 })
      expect(step.evidence[0]).toBe("too weak for application")
    })
  })
})
