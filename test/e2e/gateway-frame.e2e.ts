import { join } from "node:path"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { FIXTURES, fixtureUrl, launchWithExtension, serveFixtures, type Session } from "./harness"
import { openPanel, panel, panelText } from "./panel-driver"

const GATEWAY = join(FIXTURES, "e2e/sbi-epay-with-3ds-frame.html")
const BANK = join(FIXTURES, "e2e/bank-acs-challenge.html")

describe("a bank's security check inside a cross-origin frame", () => {
  let session: Session
  beforeAll(async () => {
    session = await launchWithExtension()
  })
  afterAll(async () => session?.close())

  it("is read in the frame and shown in the top page's panel: the verification step and the bank's message", async () => {
    await serveFixtures(session.context, { [fixtureUrl(GATEWAY)]: GATEWAY, "https://acs.onlinesbi.com/acs/challenge?txn=abc": BANK })
    const page = await session.context.newPage()
    await page.goto(fixtureUrl(GATEWAY))
    // The frame really is cross-origin: the top page cannot read it.
    expect(await page.evaluate(() => (document.getElementById("challengeFrame") as HTMLIFrameElement).contentDocument)).toBeNull()
    await openPanel(page)
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain("The OTP you entered is incorrect")
    await expect.poll(() => panel(page).locator("[data-evph-step]").getAttribute("data-evph-step"), { timeout: 5_000 }).toMatch(/verification|confirmation/)
    // The knowledge base reads the bank's message as a problem with the security code.
    expect(await panelText(page)).toMatch(/code|验证码/i)
    await page.close()
  })
})
