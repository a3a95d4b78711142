import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { ALL_PROFILES } from "~src/sites/all-profiles"

import { FIXTURES, ROOT, fixtureUrl, launchWithExtension, openFixture, serveFixtures, type Session } from "./harness"
import { openPanel, panel, panelText, waitForDiagnosis } from "./panel-driver"

const PAYMENT_STEPS = ["card-entry", "payment-method", "confirmation"] as const
const AD_BLOCKER = resolve(ROOT, "test/e2e/extensions/ad-blocker")

/** The fixture of a profile's payment step, preferring card entry, then choosing a method. */
function paymentFixture(id: string): { file: string; step: string } | null {
  for (const step of PAYMENT_STEPS) {
    const file = join(FIXTURES, "sites", id, `${step}.html`)
    if (existsSync(file)) return { file, step }
  }
  return null
}

const readSiteAndStep = async (page: import("playwright-core").Page) => {
  const section = panel(page).locator("[data-evph-step]")
  return { site: await section.getAttribute("data-evph-site"), step: await section.getAttribute("data-evph-step") }
}

describe("page understanding in Chromium", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension({ extraExtensions: [AD_BLOCKER] })
  })
  afterAll(async () => session?.close())

  const portals = ALL_PROFILES.filter((p) => p.kind === "portal")
  it(`recognises the site and the payment step of every portal at its real address (${portals.length} portals)`, async () => {
    const page = await session.context.newPage()
    const seen: string[] = []
    for (const profile of portals) {
      const fixture = paymentFixture(profile.id)
      if (!fixture) continue
      await openFixture(session, fixture.file, page)
      await openPanel(page)
      await expect.poll(() => readSiteAndStep(page), { timeout: 8_000 }).toEqual({ site: profile.id, step: fixture.step })
      expect(await panelText(page)).toContain(profile.names.en)
      seen.push(profile.id)
    }
    expect(seen.length).toBeGreaterThanOrEqual(14)
    await page.close()
  })

  it("shows the text of a native alert() box, which leaves no trace in the page", async () => {
    const page = await openFixture(session, join(FIXTURES, "e2e/india-alert.html"))
    // Playwright dismisses the dialog; the page's own script carries on.
    await expect.poll(() => page.locator("#status").innerText(), { timeout: 5_000 }).toContain("Returning")
    await openPanel(page)
    await expect.poll(() => panelText(page), { timeout: 5_000 }).toContain("Transaction failed")
    await page.close()
  })

  it("reports a gateway request blocked by an ad blocker as blocked-by-client", async () => {
    // The India payment page, loading a script from its gateway (which the test ad blocker blocks).
    const original = join(FIXTURES, "sites/india-evisa/payment-method.html")
    const withGatewayScript = join(mkdtempSync(join(tmpdir(), "evph-fixture-")), "payment-method.html")
    writeFileSync(
      withGatewayScript,
      readFileSync(original, "utf8").replace("</head>", '<script src="https://www.sbiepay.sbi/secure/js/checkout.js"></script>\n</head>')
    )
    const page = await openFixture(session, withGatewayScript)
    await openPanel(page)
    // The cause the knowledge base gives for a blocked gateway, in the panel's words.
    await waitForDiagnosis(page, /blocker|blocking|拦截|屏蔽/i, 10_000)
    await page.close()
  })

  it("follows a single-page app's navigation (history.pushState) from step to step", async () => {
    const file = join(FIXTURES, "e2e/immi-spa.html")
    const base = fixtureUrl(file)
    await serveFixtures(session.context, { [base]: file, [`${base}/payment`]: file, [`${base}/card`]: file, [`${base}/result`]: file })
    const page = await session.context.newPage()
    await page.goto(base)
    await openPanel(page)
    await expect.poll(() => readSiteAndStep(page), { timeout: 8_000 }).toEqual({ site: "australia-immiaccount", step: "application" })
    await page.click("#next")
    await expect.poll(async () => (await readSiteAndStep(page)).step, { timeout: 5_000 }).toBe("payment-method")
    await page.click("#next")
    await expect.poll(async () => (await readSiteAndStep(page)).step, { timeout: 5_000 }).toBe("card-entry")
    await page.click("#next")
    await expect.poll(async () => (await readSiteAndStep(page)).step, { timeout: 5_000 }).toBe("confirmation")
    await expect.poll(() => panelText(page), { timeout: 5_000 }).toContain("Transaction declined (05)")
    await page.close()
  })
})
