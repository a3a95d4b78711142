import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { FIXTURES, PANEL_HOST, launchWithExtension, openFixture, type Session } from "./harness"
import { PANEL_FRAME, panel, panelTab } from "./panel-driver"

/**
 * The panel is an extension page in a frame the content script puts on the page. These
 * tests pin how that frame comes and goes: not on a plain page load, loaded ahead (hidden)
 * once the applicant starts using a payment page, shown when an error opens the panel, and
 * out of reach of the page itself.
 */

const CARD_ENTRY = join(FIXTURES, "sites/australia-immiaccount/card-entry.html")
const DECLINED = join(FIXTURES, "sites/india-evisa/confirmation-declined.html")
/** ImmiAccount's "Processing your payment" page: the result replaces it with no input. */
const PROCESSING = join(FIXTURES, "sites/australia-immiaccount/confirmation.html")

let session: Session
beforeAll(async () => {
  session = await launchWithExtension({ extensionPath: process.env.EXTENSION_PATH || undefined })
})
afterAll(async () => session?.close())

describe("the panel's frame", () => {
  it("is not loaded with the page; the applicant's first input loads it hidden; an error opens it at once", async () => {
    const page = await openFixture(session, CARD_ENTRY)
    await panelTab(page).waitFor({ state: "visible", timeout: 10_000 })
    await page.waitForTimeout(500)
    expect(await page.locator(PANEL_FRAME).count()).toBe(0)

    await page.locator("input").first().click()
    await page.locator(PANEL_FRAME).waitFor({ state: "attached", timeout: 5_000 })
    expect(await page.locator(PANEL_FRAME).isVisible()).toBe(false)
    expect(await panelTab(page).isVisible()).toBe(true)

    await page.evaluate(() => {
      const alert = document.createElement("div")
      alert.setAttribute("role", "alert")
      alert.textContent = "Your card was declined by the issuing bank."
      document.body.prepend(alert)
    })
    await panel(page).getByText("Your card was declined by the issuing bank.").first().waitFor({ state: "visible", timeout: 5_000 })
    expect(await panelTab(page).isVisible()).toBe(false)
    // The same frame, shown: not a second one.
    expect(await page.locator(PANEL_FRAME).count()).toBe(1)
    await page.close()
  })

  it("is loaded hidden, with no input, on a page that says the payment is processing; the result opens it at once", async () => {
    const page = await openFixture(session, PROCESSING)
    await panelTab(page).waitFor({ state: "visible", timeout: 10_000 })
    await page.locator(PANEL_FRAME).waitFor({ state: "attached", timeout: 5_000 })
    expect(await page.locator(PANEL_FRAME).isVisible()).toBe(false)

    await page.evaluate(() => {
      const result = document.querySelector(".wc-payment-result")!
      result.className = "wc-payment-result wc-message-error"
      result.setAttribute("role", "alert")
      result.textContent = "The payment was declined by your card issuer. Please contact your financial institution."
    })
    await panel(page).getByText("The payment was declined by your card issuer.", { exact: false }).first().waitFor({ state: "visible", timeout: 5_000 })
    expect(await page.locator(PANEL_FRAME).count()).toBe(1)
    await page.close()
  })

  it("cannot be loaded by the page itself from the extension's fixed address", async () => {
    const page = await openFixture(session, CARD_ENTRY)
    await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
    const fixed = `chrome-extension://${session.extensionId}/sidepanel.html?embedded=1`
    await page.evaluate((src) => {
      const frame = document.createElement("iframe")
      frame.id = "page-made-frame"
      frame.src = src
      document.body.append(frame)
    }, fixed)
    await page.waitForTimeout(1500)
    const frame = await (await page.locator("#page-made-frame").elementHandle())?.contentFrame()
    // Chromium blocks the load (the panel page is reachable only through this session's dynamic address).
    expect(frame?.url()).not.toBe(fixed)
    const rendered = frame ? await frame.locator("#evph-sidepanel").count().catch(() => 0) : 0
    expect(rendered).toBe(0)
    await page.close()
  })

  it("an error opens it on its page only; the applicant's own open or close is what later pages remember", async () => {
    const declined = await openFixture(session, DECLINED)
    await panel(declined).waitFor({ state: "visible", timeout: 10_000 })
    await declined.close()

    const next = await openFixture(session, CARD_ENTRY)
    await panelTab(next).waitFor({ state: "visible", timeout: 10_000 })
    await next.waitForTimeout(500)
    expect(await next.locator(PANEL_FRAME).count()).toBe(0)
    // Opened by the applicant: remembered.
    await panelTab(next).click()
    await panel(next).waitFor({ state: "visible", timeout: 5_000 })
    await next.close()

    const after = await openFixture(session, CARD_ENTRY)
    await panel(after).waitFor({ state: "visible", timeout: 10_000 })
    await panel(after).getByRole("button", { name: /^Minimise/ }).click()
    await panelTab(after).waitFor({ state: "visible", timeout: 5_000 })
    await after.close()
  })
})
