import { describe, expect, it } from "vitest"

import { getProfile } from "~src/sites/index"

import { MAX_ERROR_LENGTH, MAX_ERRORS } from "./capture-errors"
import { captureAsContentScript as captureVisibleErrors, pageWithBody } from "./test-dom"

const NOW = new Date("2025-03-12T08:30:00Z")
const capture = (body: string, head = "") => captureVisibleErrors(pageWithBody(body, undefined, head).document, null, NOW)

describe("captureVisibleErrors", () => {
  it("reads role=alert text with its code, source and time", () => {
    const [error, ...rest] = capture(`<div role="alert">Payment declined by your bank. (Response code: 05)</div>`)
    expect(rest).toEqual([])
    expect(error).toEqual({
      text: "Payment declined by your bank. (Response code: 05)",
      code: "05",
      source: "alert-role",
      firstSeen: NOW.toISOString(),
      lastSeen: NOW.toISOString()
    })
  })

  it("takes errors from known classes, dialogs, toasts and live regions", () => {
    const errors = capture(`
      <div class="govuk-error-summary"><h2>There is a problem</h2><a href="#x">Enter a valid expiry date</a></div>
      <div class="adyen-checkout__error-text">Incorrect card number</div>
      <span class="braintree-form__field-error">CVV is invalid</span>
      <dialog open><p>Session expired, please try again</p></dialog>
      <div class="toast toast-error">Gateway timeout, try again later</div>
      <div aria-live="assertive">Transaction failed</div>`)
    expect(errors.map((e) => [e.source, e.text])).toEqual([
      ["known-class", "There is a problem Enter a valid expiry date"],
      ["known-class", "Incorrect card number"],
      ["known-class", "CVV is invalid"],
      ["dialog", "Session expired, please try again"],
      ["toast", "Gateway timeout, try again later"],
      ["aria-live", "Transaction failed"]
    ])
  })

  it("ignores live regions, dialogs and toasts that say nothing is wrong", () => {
    expect(capture(`<div aria-live="polite">Loading payment options…</div><div role="dialog"><p>We use cookies.</p></div><div class="toast">Saved</div>`)).toEqual([])
  })

  it("reads an invalid field's error message but not its hint", () => {
    const errors = capture(`
      <p id="hint">As printed on the front of your card</p>
      <p id="err">The card number is incorrect</p>
      <input aria-invalid="true" aria-describedby="hint err">`)
    expect(errors).toEqual([expect.objectContaining({ source: "field", text: "The card number is incorrect" })])
  })

  it("uses the profile's error regions", () => {
    const page = pageWithBody(`<div id="payment_failed">Transaction Failed. Your card has not been enabled for international transactions.</div>`, "https://indianvisaonline.gov.in/evisa/PaymentResponse")
    const errors = captureVisibleErrors(page.document, getProfile("india-evisa"), NOW)
    expect(errors).toEqual([expect.objectContaining({ source: "profile" })])
  })

  it("skips hidden error templates", () => {
    expect(
      capture(`<style>.hide{display:none}</style>
        <div role="alert" class="hide">Card declined</div>
        <div class="error" style="display:none">Invalid CVV</div>
        <span class="error-message" hidden>Required</span>
        <div role="alert"><span aria-hidden="true">!</span></div>`)
    ).toEqual([])
  })

  it("counts nested and repeated messages once", () => {
    const errors = capture(`
      <div role="alert"><div class="alert-danger"><p class="error">Card expired</p></div></div>
      <p class="error-message">Card expired</p>`)
    expect(errors.map((e) => e.text)).toEqual(["Card expired"])
  })

  it("never takes text of scripts, styles or form controls, nor of the overlay", () => {
    const page = pageWithBody(`
      <div role="alert">Payment failed<script>var secret = "do not read"</script><style>.x{color:red}</style>
        <select><option>CHINA</option></select><textarea>typed by the applicant</textarea><input value="4111111111111111"></div>
      <div id="evisa-pay-helper-root"><div role="alert">Our own panel: payment failed</div></div>`)
    const errors = captureVisibleErrors(page.document, null, NOW)
    expect(errors.map((e) => e.text)).toEqual(["Payment failed"])
  })

  it("redacts card numbers, e-mail addresses and phone numbers", () => {
    const [error] = capture(`<div role="alert">Card 4111 1111 1111 1111 declined; receipt to li.wei@example.com, call +86 138 0013 8000</div>`)
    expect(error.text).not.toMatch(/4111|li\.wei|138 0013/)
    expect(error.text).toContain("declined")
  })

  it("collapses whitespace and caps length and count", () => {
    const long = "Payment failed ".repeat(200)
    const many = Array.from({ length: 40 }, (_, i) => `<div role="alert">Error number ${i}</div>`).join("")
    const [first] = capture(`<div role="alert">  Payment \n\n   failed  </div>`)
    expect(first.text).toBe("Payment failed")
    expect(capture(`<div role="alert">${long}</div>`)[0].text.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH)
    expect(capture(many)).toHaveLength(MAX_ERRORS)
  })

  it("survives hostile markup: huge text, deep nesting, thousands of error elements", () => {
    const huge = `<div role="alert">${"x".repeat(2_000_000)}</div>`
    expect(capture(huge)[0].text.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH)
    const deep = `${"<div>".repeat(200)}<div role="alert">Card declined</div>${"</div>".repeat(200)}`
    expect(capture(deep).map((e) => e.text)).toEqual(["Card declined"])
    const flood = Array.from({ length: 3000 }, () => `<span class="error">bad</span>`).join("")
    expect(capture(flood).map((e) => e.text)).toEqual(["bad"])
  })
})
