import { loadHtml, type LoadedPage } from "~test/unit/page-fixture"

import { captureVisibleErrors } from "./capture-errors"
import { createPageReader, type PageReader } from "./page-reader"
import { READING_WORDS } from "./reading-words-data"

/** A reader as content scripts make it: with the words the background sends them. */
export function contentScriptReader(doc: Document): PageReader {
  return createPageReader(doc, READING_WORDS)
}

/** captureVisibleErrors as content scripts run it: with the words the background sends them. */
export function captureAsContentScript(doc: Document, profile: Parameters<typeof captureVisibleErrors>[1], now: Date) {
  return captureVisibleErrors(doc, profile, now, contentScriptReader(doc))
}

/**
 * Builds a page from a body snippet for page-module tests, and makes every form control
 * throw if anything but the typed-value scrub reads its `.value`: the privacy rule is
 * checked, not just promised.
 */
export function pageWithBody(body: string, url = "https://pay.example.com/checkout", head = ""): LoadedPage {
  const page = loadHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url)
  trapValueReads(page.document)
  return page
}

export function trapValueReads(doc: Document): void {
  for (const el of doc.querySelectorAll("input, select, textarea")) {
    // The field's own value, for the one reader allowed to see it.
    const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), "value")
    Object.defineProperty(el, "value", {
      get() {
        // scrub-typed.ts reads values only to remove them from captured text; nothing else may.
        if (new Error().stack?.includes("scrubTypedValues")) return own?.get?.call(el) ?? ""
        throw new Error(`page code read .value of <${el.tagName.toLowerCase()}>`)
      },
      configurable: true
    })
  }
}
