import type { Page } from "playwright-core"

import type { Session } from "./harness"

/** Sends a runtime message from an extension page, as the popup or options page would. */
export async function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message)
}

/** The background's view of a tab (what the popup shows), found by the tab's URL. */
export async function backgroundStateOf(session: Session, url: string): Promise<any> {
  const page = await session.openExtensionPage("popup.html")
  try {
    const tabId = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u.split("#")[0] }))[0]?.id ?? -1, url)
    return await sendFromExtensionPage(page, { type: "get-active-tab-state", tabId })
  } finally {
    await page.close()
  }
}
