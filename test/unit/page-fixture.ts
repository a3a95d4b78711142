import { readFileSync } from "node:fs"

import { Window } from "happy-dom"

/**
 * Loads a saved or fixture page into its own happy-dom window, scripts off, at the URL its
 * `<meta name="fixture-url" content="https://…">` names (or the one given). Shared by the
 * page and site-profile tests.
 */
export interface LoadedPage {
  window: Window
  document: Document
  url: URL
}

const FIXTURE_URL = /<meta\s+name=["']fixture-url["']\s+content=["']([^"']+)["']/i

export function fixtureUrlOf(html: string): string | null {
  return FIXTURE_URL.exec(html)?.[1] ?? null
}

export function loadHtml(html: string, url = fixtureUrlOf(html) ?? "https://example.test/"): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true }
    }
  })
  window.document.write(html)
  return { window, document: window.document as unknown as Document, url: new URL(url) }
}

export function loadFixture(path: string, url?: string): LoadedPage {
  return loadHtml(readFileSync(path, "utf8"), url)
}
