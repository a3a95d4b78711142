import { join } from "node:path"

import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { getFix } from "~src/diagnosis/index"
import { messages, type PanelMessageId } from "~src/ui/panel/messages"

import { FIXTURES, fixtureUrl, launchWithExtension, openFixture, serveFixtures, type Session } from "./harness"
import { openPanel, panel, panelText } from "./panel-driver"

/**
 * The panel's actions and guards for real, in Chromium: site data really cleared (and only
 * this site's), attempts really remembered between page loads, checklists really dismissed.
 */

/** Optional: a private copy of the build, so a concurrent rebuild cannot pull it away mid-run. */
const EXTENSION = process.env.EXTENSION_PATH || undefined
const t = (key: PanelMessageId) => messages.en[key]
const seed = (name: string) => join(FIXTURES, "seed", name)
const site = (name: string) => join(FIXTURES, "sites", name)

describe("the panel's actions in a real browser (en-US)", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension({ locale: "en-US", extensionPath: EXTENSION })
  })
  afterAll(async () => session?.close())

  async function visit(file: string): Promise<Page> {
    const page = await openFixture(session, file)
    await openPanel(page)
    return page
  }

  it("clears this site's cookies, storage and cache after a warning, and leaves other sites alone", async () => {
    const file = seed("india-browser-unsupported.html")
    const portal = new URL(fixtureUrl(file)).origin
    await session.context.addCookies([
      { name: "JSESSIONID", value: "portal-session", url: portal },
      { name: "visitor", value: "other-site", url: "https://shop.example.org" }
    ])
    const page = await visit(file)
    await page.evaluate(async () => {
      localStorage.setItem("applicationDraft", "saved")
      const cache = await caches.open("portal-assets")
      await cache.put("/evisa/app.js", new Response("cached script"))
    })
    expect(await page.evaluate(() => caches.keys())).toEqual(["portal-assets"])

    const card = panel(page).locator("article.evph-card").first()
    await card.locator(".evph-fix-title", { hasText: getFix("clear-site-data")!.title.en }).click()
    await card.getByRole("button", { name: t("action.clear-site-data") }).click()
    // The warning comes first; nothing is cleared until the applicant confirms.
    await card.getByText(t("clear.warning")).waitFor()
    expect((await session.context.cookies(portal)).map((c) => c.name)).toContain("JSESSIONID")
    await card.getByRole("button", { name: t("clear.confirm") }).click()
    await card.getByText(t("action-cleared")).waitFor({ timeout: 10_000 })

    expect(await session.context.cookies(portal)).toEqual([])
    expect((await session.context.cookies("https://shop.example.org")).map((c) => c.value)).toEqual(["other-site"])
    await page.reload()
    expect(await page.evaluate(() => localStorage.getItem("applicationDraft"))).toBeNull()
    expect(await page.evaluate(() => caches.keys())).toEqual([])
    await page.close()
  })

  it("retry guard: after two declines in a row it says to stop for now, and from when to try again", async () => {
    const page = await visit(site("us-visa-appointment/confirmation-declined.html"))
    expect(await panelText(page)).not.toContain(t("retry.pauseTitle"))
    await page.reload()
    await openPanel(page)
    const notice = panel(page).locator("section.evph-notice--stop", { hasText: t("retry.pauseTitle") })
    await notice.waitFor()
    const text = await notice.innerText()
    expect(text).toContain("failed 2 times in a row")
    expect(text).toMatch(/Try again after \d{1,2}:\d{2}.*\(in about (29|30) minutes\)/)
    await page.close()
  })

  it("double-payment guard: leaving a 'processing' page without a result warns before paying again", async () => {
    const processing = seed("india-payment-processing.html")
    const payment = site("india-evisa/payment-method.html")
    await serveFixtures(session.context, { [fixtureUrl(processing)]: processing, [fixtureUrl(payment)]: payment })
    const page = await session.context.newPage()
    await page.goto(fixtureUrl(processing))
    await openPanel(page)
    expect(await panelText(page)).not.toContain(t("double.title"))
    await page.goto(fixtureUrl(payment))
    await openPanel(page)
    const notice = panel(page).locator("section.evph-notice--stop", { hasText: t("double.title") })
    await notice.waitFor({ timeout: 10_000 })
    expect(await notice.innerText()).toContain(t("double.why"))
    expect(await notice.innerText()).toContain(messages.en["status.step1"])
    await page.close()
  })

  it("'before you pay' shows on the first visit to the payment-method step; dismissed, it stays away after a reload", async () => {
    const page = await visit(site("australia-immiaccount/payment-method.html"))
    const checklist = panel(page).locator("section", { hasText: t("before.title") })
    await checklist.waitFor()
    expect(await checklist.innerText()).toContain(t("before.international"))
    await checklist.getByRole("button", { name: t("before.dismiss") }).click()
    await checklist.waitFor({ state: "detached" })
    await page.reload()
    await openPanel(page)
    await panel(page).locator(".evph-stepper-item").first().waitFor()
    expect(await panelText(page)).not.toContain(t("before.title"))
    await page.close()
  })

  it("receipt step: reminds to save the receipt", async () => {
    const page = await visit(site("india-evisa/receipt.html"))
    const notice = panel(page).locator("section.evph-notice--good")
    await notice.waitFor()
    expect(await notice.innerText()).toContain(t("receipt.title"))
    expect(await notice.innerText()).toContain(t("receipt.save"))
    await expect.poll(() => notice.getByRole("button", { name: t("receipt.print") }).isVisible()).toBe(true)
    await page.close()
  })

  it("portal time: India's clock (IST) beside the applicant's", async () => {
    const page = await visit(site("india-evisa/payment-method.html"))
    const time = panel(page).locator("section", { hasText: t("time.heading") })
    await time.waitFor()
    const text = await time.innerText()
    expect(text).toMatch(/It is .+ at the portal \((India Standard Time|IST|GMT\+5:30)\)/)
    // The clock shown is India's (UTC+5:30), not the browser's.
    const india = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Kolkata", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    const now = Date.now()
    const candidates = [now - 60_000, now, now + 60_000].map((ms) => india.format(ms).replace(/^0/, ""))
    expect(candidates.some((clock) => text.includes(clock)), `${text} vs ${candidates.join("/")}`).toBe(true)
    await page.close()
  })

  it("card entry tips: the currency and overseas payments, the code to the bank's phone, the cards this site takes", async () => {
    const page = await visit(site("australia-immiaccount/card-entry.html"))
    const hints = panel(page).locator("section.evph-hints")
    await hints.waitFor()
    await hints.locator("summary").click()
    const text = await hints.innerText()
    expect(text).toContain("Australian dollars")
    expect(text).toContain("overseas online payments")
    expect(text).toContain("phone number it holds")
    expect(text).toMatch(/This site takes: Visa, Mastercard.*PayPal/)
    await page.close()
  })
})
