import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { decodeShareInput } from "~src/report/decode-share-input"

import { FIXTURES, launchWithExtension, openFixture, readClipboard, type Session } from "./harness"
import { copyReportFromPanel, openPanel, panelText, waitForDiagnosis } from "./panel-driver"

/**
 * Issue #13: GOV.UK Pay states "declined" and "session expired" only in the page heading and
 * the lede under it. The panel must show that as the page's error and diagnose it, and the
 * share code must carry both.
 */
const CASES = [
  {
    file: "sites/gov-uk-pay/confirmation-declined.html",
    error: "Your payment has been declined. No money has been taken from your account.",
    cause: /without giving a reason|declined/i,
    category: "generic-decline"
  },
  {
    file: "sites/gov-uk-pay/confirmation-session-expired.html",
    error: "Your payment session has expired. This may be because you have completed your payment",
    cause: /session|expired|timed out/i,
    category: "session-expired"
  }
] as const

describe("GOV.UK Pay outcome pages in the panel (Chromium)", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension()
  })
  afterAll(async () => session?.close())

  for (const { file, error, cause, category } of CASES) {
    it(`shows the heading's outcome as the error and diagnoses ${category}: ${file}`, async () => {
      const page = await openFixture(session, join(FIXTURES, file))
      await openPanel(page)
      await waitForDiagnosis(page, cause)
      expect(await panelText(page)).toContain(error)
      await copyReportFromPanel(page)
      const decoded = decodeShareInput(await readClipboard(page))
      expect(decoded.ok).toBe(true)
      if (decoded.ok) {
        expect(decoded.report.page.step.id).toBe("confirmation")
        expect(decoded.report.errors[0]).toMatchObject({ source: "outcome" })
        expect(decoded.report.errors[0].text).toContain(error)
        expect(decoded.report.diagnosis[0].category).toBe(category)
      }
      await page.close()
    })
  }
})
