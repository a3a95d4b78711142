import browser from "webextension-polyfill"

/**
 * "Analyse this page" on a site no profile knows. The click in the popup grants activeTab
 * for this tab only, so we can inject the same scripts the manifest runs on known portals —
 * once, with no standing host permission. The overlay then reads the page with the generic
 * profile (card forms, code inputs, error regions).
 */
export async function analyseActiveTab(tabId: number): Promise<boolean> {
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
