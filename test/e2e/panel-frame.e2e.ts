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

  it("with no input before an error, opens on a placeholder with the error at once; the panel's page then paints over all of it", async () => {
    const page = await openFixture(session, CARD_ENTRY)
    await panelTab(page).waitFor({ state: "visible", timeout: 10_000 })
    await page.waitForTimeout(500)
    expect(await page.locator(PANEL_FRAME).count()).toBe(0)

    // Watch the overlay's (open) shadow root from the page: the placeholder quotes the error in
    // the same task that creates the frame, long before the frame's page has loaded.
    const seen = page.evaluate(
      () =>
        new Promise<{ quote: string; note: string; frames: number }>((resolve) => {
          const root = document.getElementById("evisa-pay-helper-root")!.shadowRoot!
          const observer = new MutationObserver(() => {
            const box = root.querySelector<HTMLElement>(".evph-placeholder")
            const quote = box?.querySelector("blockquote")?.textContent ?? ""
            if (!box || box.hidden || !quote) return
            observer.disconnect()
            resolve({ quote, note: box.querySelector("p")?.textContent ?? "", frames: root.querySelectorAll("iframe").length })
          })
          observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true })
        })
    )
    await page.evaluate(() => {
      const alert = document.createElement("div")
      alert.setAttribute("role", "alert")
      alert.textContent = "Your card was declined by the issuing bank."
      document.body.prepend(alert)
    })
    const placeholder = await seen
    expect(placeholder).toEqual({ quote: "Your card was declined by the issuing bank.", note: expect.stringMatching(/likely causes|可能的原因/), frames: 1 })

    await panel(page).getByText("Your card was declined by the issuing bank.").first().waitFor({ state: "visible", timeout: 5_000 })
    // The frame itself is transparent; the panel fills it with an opaque background, so
    // nothing of the placeholder beneath shows through.
    const frameBox = await page.locator(PANEL_FRAME).boundingBox()
    const cover = await panel(page).evaluate((element) => {
      const box = element.getBoundingClientRect()
      return { background: getComputedStyle(element).backgroundColor, box: [box.left, box.top, box.width, box.height], viewport: [innerWidth, innerHeight] }
    })
    expect(cover.background).toBe("rgb(255, 255, 255)")
    expect(cover.box).toEqual([0, 0, ...cover.viewport])
    expect(cover.viewport).toEqual([frameBox!.width, frameBox!.height])
    expect(await page.locator(`${PANEL_HOST} .evph-placeholder`).isVisible()).toBe(true)
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
