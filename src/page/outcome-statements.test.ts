import { describe, expect, it } from "vitest"

import { captureAsContentScript, pageWithBody } from "./test-dom"

const NOW = new Date("2025-03-12T08:30:00Z")
const capture = (body: string) => {
  const { document } = pageWithBody(body)
  return captureAsContentScript(document, null, NOW).map((e) => [e.source, e.text])
}

describe("outcome statements kept as errors", () => {
  it("reads a result page's heading with the lede under it", () => {
    expect(
      capture(`<main><h1 class="govuk-heading-l">Your payment has been declined</h1>
        <p class="govuk-body">No money has been taken from your account. Contact your bank for more details.</p>
        <a class="govuk-button" href="#">Go back to try the payment again</a></main>`)
    ).toEqual([["outcome", "Your payment has been declined. No money has been taken from your account. Contact your bank for more details."]])
  })

  it("reads a plain payment heading whose lede states the outcome", () => {
    expect(capture(`<main><h1>Payment</h1><p>Your payment status could not be determined. Do not pay again.</p></main>`)).toEqual([
      ["outcome", "Payment. Your payment status could not be determined. Do not pay again."]
    ])
  })

  it("reads status rows, single status cells and description lists, in English and Chinese", () => {
    expect(capture(`<table><tr><th>Application ID</th><td>IN-ABC</td></tr><tr><th>Payment Status</th><td>Transaction Failed</td></tr></table>`)).toEqual([
      ["outcome", "Payment Status: Transaction Failed"]
    ])
    expect(capture(`<table><tr><td>交易状态：失败</td></tr></table>`)).toEqual([["outcome", "交易状态: 失败"]])
    expect(capture(`<dl><dt>Status</dt><dd>FAILED</dd><dt>Amount</dt><dd>USD 25.00</dd></dl>`)).toEqual([["outcome", "Status: FAILED"]])
    expect(
      capture(`<table><thead><tr><th>Order</th><th>Status</th></tr></thead><tbody><tr><td>A-1</td><td>PENDING</td></tr></tbody></table>`)
    ).toEqual([["outcome", "Status: PENDING"]])
  })

  it("reads a banner inside the main content", () => {
    expect(capture(`<main><div class="notice notice-warning">订单已支付，请勿重复支付</div></main>`)).toEqual([["outcome", "订单已支付，请勿重复支付"]])
  })

  it("keeps no success, advice, help or question as an error", () => {
    expect(capture(`<main><h1>Payment successful</h1><p>Thank you. Your reference is ABC-123.</p><table><tr><th>Status</th><td>SUCCESS</td></tr></table></main>`)).toEqual([])
    expect(capture(`<main><h2>If your account was debited, use Verify Payment before paying again</h2></main>`)).toEqual([])
    expect(capture(`<main><h2>Payment failed?</h2><p>Read our guide.</p><h2>What to do if your payment fails</h2></main>`)).toEqual([])
    expect(capture(`<main><h1>Sign in</h1><p>The service is unavailable on Sundays for maintenance.</p></main>`)).toEqual([])
  })

  it("reads no heading in the page's chrome, hidden, or inside an error region it already holds", () => {
    expect(capture(`<nav><h2>Payment failed</h2></nav><footer><h2>Errors</h2></footer><main><h1 hidden>Payment failed</h1></main>`)).toEqual([])
    expect(
      capture(`<div class="govuk-error-summary" role="alert"><h2>There is a problem</h2><a href="#c">Enter a valid card number</a></div><h1>Enter card details</h1>`)
    ).toEqual([["alert-role", "There is a problem Enter a valid card number"]])
  })

  it("leaves the page's error box to speak when it has one", () => {
    expect(capture(`<main><h1>Payment failed</h1><div class="alert-danger">Card declined by issuer (05)</div></main>`)).toEqual([
      ["known-class", "Card declined by issuer (05)"]
    ])
  })

  it("redacts what it keeps", () => {
    const [[, text]] = capture(`<main><h1>Payment failed</h1><p>Card 4111 1111 1111 1111 was declined.</p></main>`)
    expect(text).not.toContain("4111 1111")
  })
})
