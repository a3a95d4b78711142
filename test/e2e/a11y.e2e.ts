import { readFileSync } from "node:fs"
import { join } from "node:path"

import type { Frame, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { messages } from "~src/ui/panel/messages"

import { FIXTURES, PANEL_HOST, ROOT, launchWithExtension, openFixture, type Session } from "./harness"
import { PANEL_FRAME, openPanel, panel, panelTab } from "./panel-driver"

/**
 * Accessibility in real Chromium: axe-core on the panel (open, and with the report preview)
 * and on the tab and frame around it, on the popup and on every tab of the options page; and
 * the panel by keyboard alone, across the frame boundary.
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

type AxeContext = "page" | "overlay" | "panel"

/**
 * Runs axe and returns serious and critical findings: on a whole extension page ("page"),
 * on what the content script draws in the portal's page ("overlay": the tab and the frame),
 * or inside the panel's frame ("panel", an extension page in an iframe).
 */
async function seriousFindings(page: Page, where: AxeContext): Promise<Finding[]> {
  const target: Page | Frame = where === "panel" ? await panelContentFrame(page) : page
  if (!(await target.evaluate(() => "axe" in window))) await target.evaluate(AXE_SOURCE)
  return target.evaluate(
    async ({ host, where }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: any[] }> } }).axe
      const context =
        where === "overlay" ? { include: [{ fromShadowDom: [host, ".evph-overlay"] }] } : where === "panel" ? { include: [{ fromShadowDom: ["#evph-sidepanel", "#evph-panel"] }] } : document
      const result = await axe.run(context, { resultTypes: ["violations"] })
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => JSON.stringify(n.target)) }))
    },
    { host: PANEL_HOST, where }
  )
}

async function panelContentFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator(PANEL_FRAME).elementHandle())?.contentFrame()
  if (!frame) throw new Error("the panel's frame is not there")
  return frame
}

/** Where keyboard focus is: on the page, on our tab (in the content script's shadow root), or inside the panel's frame. */
async function focused(page: Page): Promise<string> {
  const outside = await page.evaluate(() => {
    const outer = document.activeElement
    const inner = outer?.shadowRoot?.activeElement ?? null
    const element = inner ?? outer
    if (!element) return "none"
    return `${inner ? "panel:" : "page:"}${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].join(".")}`
  })
  if (!outside.startsWith("panel:iframe")) return outside
  const frame = await panelContentFrame(page)
  return frame.evaluate(() => {
    if (!document.hasFocus()) return "frame:unfocused"
    const outer = document.activeElement
    const element = outer?.shadowRoot?.activeElement ?? outer
    if (!element) return "frame:none"
    return `frame:${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].join(".")}`
  })
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
      expect(await seriousFindings(page, "overlay")).toEqual([])
      expect(await seriousFindings(page, "panel")).toEqual([])
      await panel(page).getByRole("button", { name: words["report.button"], exact: true }).click()
      await panel(page).locator('[data-evph="report-text"]').waitFor()
      expect(await seriousFindings(page, "panel")).toEqual([])
      await page.close()
    })

    it("the popup and every tab of the options page have no serious or critical axe findings", async () => {
      const popup = await session.openExtensionPage("popup.html")
      await popup.locator("body *").first().waitFor()
      expect(await seriousFindings(popup, "page")).toEqual([])
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
        const findings = await seriousFindings(options, "page")
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
      await expect.poll(() => focused(page)).toMatch(/^frame:h2#evph-title/)
      await page.keyboard.press("Escape")
      await panelTab(page).waitFor({ state: "visible" })
      await expect.poll(() => focused(page)).toMatch(/^panel:button\.evph-tab/)
      expect(await panel(page).isVisible()).toBe(false)
      await page.close()
    })
  })
}
