import type { FrameLocator, Locator, Page } from "playwright-core"

import { PANEL_HOST } from "./harness"

/**
 * Drives the in-page panel the way a person does, by role and visible name (both
 * languages). The tab is in the content script's open shadow root on the page; the panel
 * is an extension page in an iframe next to it (Playwright's locators pierce both).
 */
export const PANEL_FRAME = `${PANEL_HOST} iframe.evph-frame`
export const panelFrame = (page: Page): FrameLocator => page.frameLocator(PANEL_FRAME)
export const panel = (page: Page): Locator => panelFrame(page).locator("#evph-panel")
export const panelTab = (page: Page): Locator => page.locator(`${PANEL_HOST} .evph-tab`)

export async function openPanel(page: Page): Promise<Locator> {
  await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 10_000 })
  const body = panel(page)
  // The panel may open by itself when an error appears: wait for either the panel or the tab.
  const deadline = Date.now() + 10_000
  while (!(await body.isVisible()) && !(await panelTab(page).isVisible())) {
    if (Date.now() > deadline) throw new Error("neither the panel nor its tab became visible")
    await page.waitForTimeout(50)
  }
  if (!(await body.isVisible())) await panelTab(page).click()
  await body.waitFor({ state: "visible", timeout: 5_000 })
  return body
}

export async function panelText(page: Page): Promise<string> {
  const text = await panel(page).innerText()
  return text.replace(/\n{3,}/g, "\n\n").trim()
}

/** Waits until the panel names a likely cause (the background has diagnosed). */
export async function waitForDiagnosis(page: Page, text: RegExp | string, timeout = 10_000): Promise<void> {
  await panel(page).getByText(text).first().waitFor({ state: "visible", timeout })
}

/** "Copy report" → preview → "Copy"; returns the exact text the preview showed. */
export async function copyReportFromPanel(page: Page): Promise<string> {
  const body = await openPanel(page)
  const copyReport = body.getByRole("button", { name: /^(Copy report|复制报告)$/ }).first()
  const preview = body.getByRole("heading", { name: /^(Check before you send it|发给志愿者之前，先看一下)$/ })
  await copyReport.click()
  // A panel that has just been reopened renders its body anew, and a view arriving then can move
  // the button between Playwright's aim and its click (seen once in CI: the preview never
  // opened). A person would click again; so does this, once, and says so.
  if (!(await preview.waitFor({ timeout: 3_000 }).then(() => true, () => false))) {
    console.warn("copyReportFromPanel: the click on Copy report did not open the preview; clicking again")
    await copyReport.click()
  }
  const exact = body.locator('[data-evph="report-text"]')
  await exact.waitFor({ state: "visible", timeout: 15_000 })
  const shown = await exact.innerText()
  await body.getByRole("button", { name: /^(Copy|复制)$/ }).click()
  await body.getByText(/^(Copied|已复制)/).first().waitFor({ timeout: 15_000 })
  return shown
}
