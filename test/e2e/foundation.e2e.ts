import { readFileSync } from "node:fs"
import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { contentScriptMatches } from "~src/sites/match-patterns"
import { ALL_PROFILES } from "~src/sites/all-profiles"

import { backgroundStateOf, sendFromExtensionPage } from "./extension-pages"
import { CHROME_BUILD, FIXTURES, PANEL_HOST, collectPageErrors, launchWithExtension, openFixture, type Session } from "./harness"

const DECLINED = join(FIXTURES, "sites/india-evisa/confirmation-declined.html")

describe("the built extension in Chromium", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension()
  })
  afterAll(async () => session?.close())

  it("starts its background, which validates messages with zod (the bundler trap stays fixed)", async () => {
    const page = await session.openExtensionPage("popup.html")
    // A valid message gets an answer; if zod were emptied by the bundler the background
    // would fail to start or throw here.
    expect(await sendFromExtensionPage(page, { type: "get-active-tab-state", tabId: 424242 })).toEqual({ state: null, topCause: null, url: null })
    // An invalid one is ignored.
    expect(await sendFromExtensionPage(page, { type: "get-active-tab-state", tabId: "not a number" })).toBeUndefined()
    expect(await sendFromExtensionPage(page, { type: "no-such-message" })).toBeUndefined()
    await page.close()
  })

  it("runs on the profiles' hosts only: the manifest's matches are generated from src/sites", () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, "manifest.json"), "utf8"))
    const expected = contentScriptMatches(ALL_PROFILES)
    const frames = contentScriptMatches(ALL_PROFILES.filter((p) => p.kind !== "portal"))
    for (const script of manifest.content_scripts) {
      expect(script.matches).toEqual(script.js[0].startsWith("frame-reporter.") ? frames : expected)
    }
    expect(manifest.host_permissions).toEqual(expected)
    expect(JSON.stringify(manifest)).not.toContain("<all_urls>")
    const mainWorld = manifest.content_scripts.find((s: { js: string[] }) => s.js[0].startsWith("main-world."))
    expect(mainWorld).toMatchObject({ world: "MAIN", run_at: "document_start" })
  })

  it("on the India e-Visa payment result page it recognises the site and step and reads the decline", async () => {
    const page = await openFixture(session, DECLINED)
    const errors = collectPageErrors(page)
    await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
    await expect.poll(async () => (await backgroundStateOf(session, page.url()))?.state?.step?.id, { timeout: 10_000 }).toBe("confirmation")
    const state = await backgroundStateOf(session, page.url())
    expect(state.state.site.id).toBe("india-evisa")
    expect(state.state.errors.map((e: { text: string }) => e.text).join(" ")).toContain("not been enabled for international transactions")
    expect(state.topCause).toBeTruthy()
    expect(errors.filter((e) => e.includes("chrome-extension://"))).toEqual([])
    await page.close()
  })

  it("on a page with nothing to read it starts quietly, reads the page when the popup asks, and opens the panel when an error appears", async () => {
    const page = await openFixture(session, join(FIXTURES, "sites/uk-visas/payment-method.html"))
    const errors = collectPageErrors(page)
    await page.locator(`${PANEL_HOST} .evph-tab`).waitFor({ state: "visible", timeout: 10_000 })
    // Nothing reported the page to the background; asked, the page reads itself and answers.
    const state = await backgroundStateOf(session, page.url())
    expect(state.state).toMatchObject({ site: { id: "uk-visas" }, step: { id: "payment-method" }, errors: [] })
    await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("afterbegin", '<div role="alert">Your card was declined. Contact your bank.</div>'))
    await page.locator(`${PANEL_HOST} iframe.evph-frame:not([hidden])`).waitFor({ state: "attached", timeout: 10_000 })
    await expect.poll(async () => (await backgroundStateOf(session, page.url()))?.state?.errors?.length, { timeout: 10_000 }).toBe(1)
    expect(errors.filter((e) => e.includes("chrome-extension://"))).toEqual([])
    await page.close()
  })

  it("does not run on other sites", async () => {
    const other = join(FIXTURES, "e2e/unlisted-shop.html")
    const page = await openFixture(session, other)
    await page.waitForTimeout(1500)
    expect(await page.locator(PANEL_HOST).count()).toBe(0)
    await page.close()
  })
})
