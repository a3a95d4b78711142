import { readFileSync } from "node:fs"
import { join } from "node:path"

import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { messages } from "~src/ui/panel/messages"

import { FIXTURES, PANEL_HOST, ROOT, launchWithExtension, openFixture, type Session } from "./harness"
import { openPanel, panel, panelTab } from "./panel-driver"

/**
 * Accessibility in real Chromium: axe-core on the panel (open, and with the report preview),
 * on the popup and on every tab of the options page; and the panel by keyboard alone.
 * axe is evaluated through the DevTools protocol, which extension pages' CSP does not block.
 */

const EXTENSION = process.env.EXTENSION_PATH || undefined
const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8")
const DECLINED = join(FIXTURES, "sites/india-evisa/confirmation-declined.html")

interface Finding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** Runs axe on the page (or inside the panel's shadow root) and returns serious and critical findings. */
async function seriousFindings(page: Page, inPanel: boolean): Promise<Finding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE)
  return page.evaluate(
    async ({ host, inPanel }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: any[] }> } }).axe
      const context = inPanel ? { include: [{ fromShadowDom: [host, "#evph-panel"] }] } : document
      const result = await axe.run(context, { resultTypes: ["violations"] })
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => JSON.stringify(n.target)) }))
    },
    { host: PANEL_HOST, inPanel }
  )
}

/** Where keyboard focus is, looking into the panel's shadow root. */
async function focused(page: Page): Promise<string> {
  return page.evaluate((host) => {
    const outer = document.activeElement
    const inner = outer?.shadowRoot?.activeElement ?? null
    const element = inner ?? outer
    if (!element) return "none"
    return `${inner ? "panel:" : "page:"}${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].join(".")}`
  }, PANEL_HOST)
}

for (const browserLocale of ["en-US", "zh-CN"] as const) {
  const words = messages[browserLocale === "zh-CN" ? "zh-CN" : "en"]

  describe(`accessibility (${browserLocale})`, () => {
    let session: Session
    beforeAll(async () => {
      session = await launchWithExtension({ locale: browserLocale, extensionPath: EXTENSION })
    })
    afterAll(async () => session?.close())

    it("the panel has no serious or critical axe findings, open and with the report preview", async () => {
      const page = await openFixture(session, DECLINED)
      await openPanel(page)
      await panel(page).locator("#evph-cause-1").waitFor()
      expect(await seriousFindings(page, true)).toEqual([])
      await panel(page).getByRole("button", { name: words["report.button"], exact: true }).click()
      await panel(page).locator('[data-evph="report-text"]').waitFor()
      expect(await seriousFindings(page, true)).toEqual([])
      await page.close()
    })

    it("the popup and every tab of the options page have no serious or critical axe findings", async () => {
      const popup = await session.openExtensionPage("popup.html")
      await popup.locator("body *").first().waitFor()
      expect(await seriousFindings(popup, false)).toEqual([])
      await popup.close()

      const options = await session.openExtensionPage("options.html")
      const tabs = options.getByRole("tab")
      await tabs.first().waitFor()
      const count = await tabs.count()
      expect(count).toBeGreaterThan(1)
      for (let i = 0; i < count; i++) {
        const tab = tabs.nth(i)
        await tab.click()
        await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true")
        const findings = await seriousFindings(options, false)
        expect(findings, `options tab "${await tab.innerText()}"`).toEqual([])
      }
      await options.close()
    })

    it("keyboard: Tab reaches the panel's tab, Enter opens and moves focus in, Escape collapses and returns focus", async () => {
      const page = await openFixture(session, DECLINED)
      await openPanel(page)
      await panel(page).getByRole("button", { name: words["panel.collapse"] }).click()
      await panelTab(page).waitFor({ state: "visible" })
      // Start from the top of the page, as a keyboard user would.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      let reached = false
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press("Tab")
        reached = (await focused(page)).startsWith("panel:button.evph-tab")
      }
      expect(reached, `focus after tabbing: ${await focused(page)}`).toBe(true)
      await page.keyboard.press("Enter")
      await panel(page).waitFor({ state: "visible" })
      await expect.poll(() => focused(page)).toMatch(/^panel:h2#evph-panel-title|^panel:h2/)
      await page.keyboard.press("Escape")
      await panelTab(page).waitFor({ state: "visible" })
      await expect.poll(() => focused(page)).toMatch(/^panel:button\.evph-tab/)
      expect(await panel(page).isVisible()).toBe(false)
      await page.close()
    })
  })
}
