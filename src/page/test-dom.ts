import { loadHtml, type LoadedPage } from "~test/unit/page-fixture"

/**
 * Builds a page from a body snippet for page-module tests, and makes every form control
 * throw if anything reads its `.value`: the privacy rule is checked, not just promised.
 */
export function pageWithBody(body: string, url = "https://pay.example.com/checkout", head = ""): LoadedPage {
  const page = loadHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url)
  trapValueReads(page.document)
  return page
}

export function trapValueReads(doc: Document): void {
  for (const el of doc.querySelectorAll("input, select, textarea")) {
    Object.defineProperty(el, "value", {
      get() {
        throw new Error(`page code read .value of <${el.tagName.toLowerCase()}>`)
      },
      configurable: true
    })
  }
}
