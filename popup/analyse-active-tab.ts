import browser from "webextension-polyfill"

/**
 * "Analyse this page" on a site no profile knows. The click in the popup grants activeTab
 * for this tab only, so we can inject the same scripts the manifest runs on known portals —
 * once, with no standing host permission. The overlay then reads the page with the generic
 * profile (card forms, code inputs, error regions). The panel cannot be framed on such a
 * page (its page is web-accessible only to the profiles' hosts), so it opens in the
 * browser's side panel, for this tab; the overlay draws nothing on the page.
 */
export async function analyseActiveTab(tabId: number): Promise<boolean> {
  // First, while the click still counts as the user's gesture (opening a side panel needs one).
  openSidePanel(tabId)
  const scripts = browser.runtime.getManifest().content_scripts ?? []
  const file = (prefix: string) => scripts.flatMap((s) => s.js ?? []).find((js) => js.startsWith(prefix))
  const overlay = file("overlay.")
  const mainWorld = file("main-world.")
  if (!overlay) return false
  try {
    if (mainWorld) {
      await browser.scripting.executeScript({ target: { tabId }, files: [mainWorld], world: "MAIN" } as browser.Scripting.ScriptInjection)
    }
    await browser.scripting.executeScript({ target: { tabId }, files: [overlay] })
    return true
  } catch {
    return false // a page the browser protects (store, settings, PDF viewer) or a closed tab
  }
}

/** Chrome's side panel or Firefox's sidebar; neither is in the polyfill's types. */
function openSidePanel(tabId: number): void {
  const api = globalThis as unknown as {
    chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } }
    browser?: { sidebarAction?: { open(): Promise<void> } }
  }
  try {
    if (api.chrome?.sidePanel) void api.chrome.sidePanel.open({ tabId }).catch(() => undefined)
    else if (api.browser?.sidebarAction) void api.browser.sidebarAction.open().catch(() => undefined)
  } catch {
    // No side panel in this browser: the popup's own view still shows the page's state.
  }
}
