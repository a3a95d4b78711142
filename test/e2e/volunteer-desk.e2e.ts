import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { FIXTURES, launchWithExtension, openFixture, readClipboard, type Session } from "./harness"
import { copyReportFromPanel, openPanel, panel, waitForDiagnosis } from "./panel-driver"

const DECLINED = join(FIXTURES, "sites/india-evisa/confirmation-declined.html")

/** The applicant copies in one language; the volunteer's desk reads it in the other. */
describe("applicant → volunteer desk", () => {
  let applicant: Session
  let volunteer: Session
  beforeAll(async () => {
    applicant = await launchWithExtension({ locale: "zh-CN" })
    volunteer = await launchWithExtension({ locale: "en-US" })
  })
  afterAll(async () => {
    await applicant?.close()
    await volunteer?.close()
  })

  it("the desk shows the same step, error text and top cause in the volunteer's language, and the reply is in the applicant's", async () => {
    const page = await openFixture(applicant, DECLINED)
    await openPanel(page)
    await waitForDiagnosis(page, /境外/)
    await copyReportFromPanel(page)
    const copied = await readClipboard(page)
    expect(copied).toMatch(/[\u4e00-\u9fff]/) // the applicant's chat text is Chinese

    const desk = await volunteer.openExtensionPage("options.html")
    await desk.getByLabel(/Paste the report/).fill(copied)
    await desk.getByRole("button", { name: /^Open report$/ }).click()
    const main = desk.getByRole("tabpanel")
    await expect.poll(() => main.innerText(), { timeout: 5_000 }).toContain("not been enabled for international transactions")
    const text = await main.innerText()
    expect(text).toContain("India e-Visa")
    expect(text).toMatch(/Confirm/i) // step 6 in English
    expect(text).toMatch(/overseas payments|international/i) // the top cause, in English
    expect(await desk.locator('[aria-current="step"]').count()).toBe(1)

    // The reply composer writes to the applicant in Chinese, kind and step by step.
    const reply = desk.locator(".reply-preview")
    await reply.waitFor({ state: "visible" })
    const replyText = await reply.innerText()
    expect(replyText).toMatch(/别担心|不用担心/)
    expect(replyText).toMatch(/银行/)

    // Save it as a case; it shows in the case log.
    await desk.getByRole("button", { name: /^Save as case$/ }).click()
    await desk.getByText(/Saved as a new case|already in the case log/).waitFor()
    await desk.getByRole("tab", { name: /Case log/ }).click()
    await expect.poll(() => desk.getByRole("tabpanel").innerText(), { timeout: 5_000 }).toContain("India e-Visa")
    await page.close()
  })

  it("a damaged code gets a clear message and nothing is stored", async () => {
    const desk = await volunteer.openExtensionPage("options.html")
    await desk.getByLabel(/Paste the report/).fill("EVPR1.thisIsNotAValidCode___")
    await desk.getByRole("button", { name: /^Open report$/ }).click()
    await expect.poll(() => desk.getByRole("tabpanel").innerText(), { timeout: 5_000 }).toMatch(/damaged|incomplete|could not|can't|cannot/i)
    const stored = await desk.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open("evisa-pay-helper")
          open.onsuccess = () => {
            const count = open.result.transaction("cases").objectStore("cases").count()
            count.onsuccess = () => resolve(count.result)
          }
        })
    )
    expect(stored).toBe(1) // only the case saved by the first test
  })
})

describe("privacy: what the applicant types never leaves the page", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension()
  })
  afterAll(async () => session?.close())

  it("card number, CVV and expiry typed into the form appear nowhere: not in the copied text, the share code, or storage", async () => {
    const CARD = "4111 1111 1111 1111"
    const CVV = "737"
    const EXPIRY_MONTH = "08"
    const EXPIRY_YEAR = "29"
    const NAME = "ZHANG SANFENG"
    const EMAIL = "zhang.sanfeng@example.cn"
    const page = await openFixture(session, join(FIXTURES, "e2e/gov-uk-pay-typed.html"))
    await page.fill("#cardNo", CARD)
    await page.fill("#expiryMonth", EXPIRY_MONTH)
    await page.fill("#expiryYear", EXPIRY_YEAR)
    await page.fill("#cardholderName", NAME)
    await page.fill("#cvc", CVV)
    await page.fill("#email", EMAIL)
    await page.click("#continue")
    await openPanel(page)
    await waitForDiagnosis(page, /declined|bank/i)
    await copyReportFromPanel(page)
    const copied = await readClipboard(page)

    const { decodeShareInput } = await import("~src/report/decode-share-input")
    const decoded = decodeShareInput(copied)
    expect(decoded.ok).toBe(true)
    const everything = [copied, JSON.stringify(decoded.ok ? decoded.report : null)]

    // Everything the extension stored: its IndexedDB and extension storage.
    const ext = await session.openExtensionPage("options.html")
    everything.push(
      await ext.evaluate(async () => {
        const dump: unknown[] = []
        const dbs = await indexedDB.databases()
        for (const info of dbs) {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open(info.name!)
            open.onsuccess = () => resolve(open.result)
            open.onerror = () => reject(open.error)
          })
          for (const store of db.objectStoreNames) {
            const rows = await new Promise<unknown[]>((resolve) => {
              const all = db.transaction(store).objectStore(store).getAll()
              all.onsuccess = () => resolve(all.result)
            })
            dump.push(store, rows)
          }
          db.close()
        }
        dump.push(await chrome.storage?.local?.get(null).catch(() => null))
        return JSON.stringify(dump)
      })
    )
    const haystack = everything.join("\n")
    expect(haystack).toContain("declined") // the report is really there
    for (const secret of [CARD, CARD.replace(/ /g, ""), "1111 1111", NAME, EMAIL, `${EXPIRY_MONTH}/${EXPIRY_YEAR}`]) {
      expect(haystack, `"${secret}" leaked`).not.toContain(secret)
    }
    expect(haystack).not.toMatch(/\b737\b/)
    await page.close()
  })
})

describe("the browser's side panel shows the same view for a tab", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension()
  })
  afterAll(async () => session?.close())

  it("draws the page's panel and forwards the applicant's answers to it", async () => {
    const page = await openFixture(session, DECLINED)
    await openPanel(page)
    await waitForDiagnosis(page, /overseas|international/i)
    const side = await session.context.newPage()
    await side.goto(`chrome-extension://${session.extensionId}/popup.html`)
    const tabId = await side.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, page.url())
    await side.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${tabId}`)
    const body = side.locator("#evph-sidepanel #evph-panel")
    await expect.poll(() => body.innerText(), { timeout: 8_000 }).toContain("not been enabled for international transactions")
    expect(await body.innerText()).toMatch(/overseas|international/i)
    // Answering in the side panel reaches the page's own panel.
    await body.getByRole("button", { name: /^Visa$/ }).first().click()
    const view = await side.evaluate((id) => chrome.tabs.sendMessage(id, { type: "get-panel-view" }, { frameId: 0 }), tabId)
    expect((view as { model: { answers: { paymentMethod?: string } } }).model.answers.paymentMethod).toBe("visa")
    // … and the panel on the page (its frame gets every change pushed) shows the same answer chosen.
    await expect
      .poll(() => panel(page).getByRole("button", { name: /^Visa$/ }).first().getAttribute("aria-pressed"), { timeout: 5_000 })
      .toBe("true")
    await page.close()
  })
})
