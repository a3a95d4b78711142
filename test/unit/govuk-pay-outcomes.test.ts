import { readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { pageStateForHtml, reportFor } from "../../scripts/diagnose"

/**
 * GOV.UK Pay states its declined and session-expired outcomes only in the page heading and
 * the lede under it (pay-frontend's views): no error region holds them. The workbench must
 * still show them as the page's error and diagnose them, whichever path the page is on.
 */
const FIXTURES = join(import.meta.dirname, "../fixtures/sites/gov-uk-pay")
const now = new Date("2026-12-04T10:00:00Z")
const read = (file: string) => readFileSync(join(FIXTURES, file), "utf8")
// Pay renders these results on the charge's own paths, the card form's included.
const CARD_DETAILS = new URL("https://card.payments.service.gov.uk/card_details/8k3qv0p2hl1a9r7mg5tq4e6dbc")
const AUTH_WAITING = new URL("https://card.payments.service.gov.uk/card_details/8k3qv0p2hl1a9r7mg5tq4e6dbc/auth_waiting")

describe("GOV.UK Pay outcome pages in the workbench", () => {
  for (const [name, url] of [
    ["the card form's path", CARD_DETAILS],
    ["the waiting path", AUTH_WAITING]
  ] as const) {
    it(`shows the declined page's heading and lede as its error and diagnoses a reasonless decline, on ${name}`, () => {
      const state = pageStateForHtml(read("confirmation-declined.html"), url, now)
      expect(state.step.id).toBe("confirmation")
      expect(state.errors.map((e) => e.text)).toEqual([
        "Your payment has been declined. No money has been taken from your account. Contact your bank for more details."
      ])
      const report = reportFor(state, "en", now)
      // The page gives no reason and sends the applicant to their bank: a decline without a reason.
      expect(report.diagnosis[0].category).toBe("generic-decline")
      expect(report.errors[0].text).toContain("Your payment has been declined")
    })

    it(`shows the session-expired page's heading as its error and diagnoses an expired session, on ${name}`, () => {
      const state = pageStateForHtml(read("confirmation-session-expired.html"), url, now)
      expect(state.step.id).toBe("confirmation")
      expect(state.errors).toHaveLength(1)
      expect(state.errors[0].text).toMatch(/^Your payment session has expired\. This may be because you have completed your payment/)
      const report = reportFor(state, "zh-CN", now)
      expect(report.diagnosis[0].category).toBe("session-expired")
    })
  }

  it("keeps the card form with no error when nothing went wrong", () => {
    const state = pageStateForHtml(read("card-entry.html"), CARD_DETAILS, now)
    expect(state.step.id).toBe("card-entry")
    expect(state.errors).toEqual([])
  })
})
