import { describe, expect, it } from "vitest"

import { getProfile } from "~src/sites/index"

import { quickLook } from "./quick-look"
import { READING_WORDS } from "./reading-words-data"
import { pageWithBody } from "./test-dom"

const look = (body: string, options: { url?: string; head?: string; site?: string } = {}) =>
  quickLook(pageWithBody(body, options.url, options.head).document, options.site ? getProfile(options.site)! : null, READING_WORDS)

describe("quickLook", () => {
  it("finds nothing on a plain payment form, so the content script may stay quiet", () => {
    expect(
      look(`<main><h1>Pay for your application</h1><p>The fee is £100. We accept Visa and Mastercard.</p>
        <form><label>Card number <input autocomplete="cc-number"></label><button>Continue</button></form></main>`)
    ).toBe(false)
  })

  it("sees error regions with text, but not empty ones waiting for an error", () => {
    expect(look(`<div role="alert"></div><div class="error-message">  </div>`)).toBe(false)
    expect(look(`<div role="alert">Something</div>`)).toBe(true)
    expect(look(`<span class="govuk-error-message">Enter a valid card number</span>`)).toBe(true)
    expect(look(`<input aria-invalid="true">`)).toBe(true)
  })

  it("reads live regions, dialogs and toasts only when they say an error word", () => {
    expect(look(`<div aria-live="polite">Loading…</div><div class="toast">Saved</div>`)).toBe(false)
    expect(look(`<div aria-live="polite">Card declined</div>`)).toBe(true)
    expect(look(`<dialog open>Session timed out</dialog>`)).toBe(true)
  })

  it("sees stated outcomes in headings, ledes, cells and the title", () => {
    expect(look(`<h1>Payment</h1><p>Your payment was declined.</p>`)).toBe(true)
    expect(look(`<table><tr><th>Status</th><td>VOIDED</td></tr></table>`)).toBe(true)
    expect(look(`<p>Transaction status: Pending</p>`)).toBe(true)
    expect(look(`<h1>Thank you, your fee has been paid</h1>`)).toBe(true)
    expect(look(`<p>x</p>`, { head: "<title>Your payment is being processed.</title>" })).toBe(true)
    expect(look(`<p>支付失败</p>`)).toBe(true)
  })

  it("joins text split by inline markup, as landmarks read it", () => {
    expect(look(`<p>Please do not re<b>fresh</b> this page</p>`)).toBe(true)
    expect(look(`<p>Please do not re<b>load</b> this page</p>`)).toBe(false)
  })

  it("ignores scripts, styles and its own panel", () => {
    expect(look(`<script>if (failed) showError("declined")</script><style>.x{}</style>`)).toBe(false)
    // The tab and the placeholder quoting an error live in our host's shadow root.
    const page = pageWithBody(`<p>Pay for your visa</p>`)
    const host = page.document.createElement("div")
    host.id = "evisa-pay-helper-root"
    host.attachShadow({ mode: "open" }).innerHTML = `<div role="alert"><blockquote>Payment declined</blockquote></div>`
    page.document.body.append(host)
    expect(quickLook(page.document, null, READING_WORDS)).toBe(false)
    // And where a page copies our host into its light DOM, the regions inside it are still ours.
    expect(look(`<div id="evisa-pay-helper-root"><div role="alert">Your application</div></div>`)).toBe(false)
  })

  it("knows a receipt by the site's own rules", () => {
    expect(look(`<div id="paymentConfirmation"><p>Done.</p></div>`, { url: "https://www.pay.gov/public/form/receipt", site: "pay-gov" })).toBe(true)
  })

  it("reads as before when it has no words to look with", () => {
    expect(quickLook(pageWithBody(`<p>x</p>`).document, null, null)).toBe(true)
  })

  it("treats a broken selector in profile data as matching nothing", () => {
    const profile = { ...getProfile("india-evisa")!, errorRegions: ["div[[broken"], steps: [] }
    expect(quickLook(pageWithBody(`<p>Plain text</p>`).document, profile, READING_WORDS)).toBe(false)
  })
})
