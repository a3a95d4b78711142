import { describe, expect, it } from "vitest"

import { captureVisibleErrors } from "./capture-errors"
import { detectStep } from "./detect-step"
import { createPageReader } from "./page-reader"
import { readPageSignals } from "./page-signals"
import { readingWordsFromWire, readingWordsToWire } from "./reading-words"
import { READING_WORDS } from "./reading-words-data"
import { pageWithBody } from "./test-dom"

const NOW = new Date("2026-03-01T10:00:00Z")

describe("the reading words content scripts are sent", () => {
  it("survive the trip as JSON and read a page exactly as the originals do", () => {
    const sent = readingWordsFromWire(JSON.parse(JSON.stringify(readingWordsToWire(READING_WORDS))))
    expect(sent).not.toBeNull()
    const { document, url } = pageWithBody(
      `<main><h1>Payment</h1><p>Your payment status could not be determined. Do not pay again.</p><dl><dt>Status</dt><dd>PENDING</dd></dl></main>`
    )
    const read = (words: typeof sent) => {
      const reader = createPageReader(document, words)
      return [detectStep(document, url, null, reader), captureVisibleErrors(document, null, NOW, reader).map((e) => e.text)]
    }
    expect(read(sent)).toEqual(read(READING_WORDS))
    expect(read(sent)[0]).toMatchObject({ id: "confirmation" })
  })

  it("are refused whole when anything is missing or does not compile, never used by halves", () => {
    const wire = readingWordsToWire(READING_WORDS)
    expect(readingWordsFromWire(null)).toBeNull()
    expect(readingWordsFromWire("words")).toBeNull()
    expect(readingWordsFromWire({ ...wire, failure: undefined })).toBeNull()
    expect(readingWordsFromWire({ ...wire, failure: { source: "(unclosed", flags: "i" } })).toBeNull()
    expect(readingWordsFromWire({ ...wire, success: { source: "ok", flags: "not-a-flag" } })).toBeNull()
    expect(readingWordsFromWire({ ...wire, referencePhrases: [1, 2] })).toBeNull()
    expect(readingWordsFromWire({ ...wire, errorClassSelectors: undefined })).toBeNull()
    expect(readingWordsFromWire({ ...wire, toastSelectors: "[class*=toast]" })).toBeNull()
    expect(readingWordsFromWire({ ...wire, genericSelectors: undefined })).toBeNull()
    expect(readingWordsFromWire({ ...wire, genericSelectors: { ...wire.genericSelectors, cardFields: undefined } })).toBeNull()
    expect(readingWordsFromWire({ ...wire, genericSelectors: { ...wire.genericSelectors, threeDSFrames: [3] } })).toBeNull()
  })

  it("bring the selectors every card payment shares: a gateway's card frame or a 3-D Secure frame names the step on any host", () => {
    const sent = readingWordsFromWire(JSON.parse(JSON.stringify(readingWordsToWire(READING_WORDS))))
    const cardFrame = pageWithBody(`<main><iframe name="__privateStripeFrame123" title="Secure payment input frame"></iframe></main>`)
    const challenge = pageWithBody(`<main><iframe name="threeDSecureChallenge" title="challenge"></iframe></main>`)
    const read = (page: typeof cardFrame, words: typeof sent) => {
      const reader = createPageReader(page.document, words)
      return { step: detectStep(page.document, page.url, null, reader).id, signals: readPageSignals(page.document, reader) }
    }
    expect(read(cardFrame, sent)).toMatchObject({ step: "card-entry", signals: { cardForm: true, threeDSFrame: false } })
    expect(read(challenge, sent)).toMatchObject({ step: "verification", signals: { cardForm: false, threeDSFrame: true } })
    // Without them the content script has no list of gateways' frame names to go by.
    expect(read(cardFrame, null)).toMatchObject({ step: "unknown", signals: { cardForm: false } })
    expect(read(challenge, null)).toMatchObject({ step: "unknown", signals: { threeDSFrame: false } })
  })

  it("without them (no background answered) a page is still read from its ARIA alert regions, and states nothing else", () => {
    const { document, url } = pageWithBody(
      `<main><h1>Payment failed</h1><p>Your bank declined the payment.</p><div role="alert">Card declined by issuer</div><p class="govuk-error-message">Enter a valid expiry date</p></main>`
    )
    const reader = createPageReader(document, null)
    expect(captureVisibleErrors(document, null, NOW, reader).map((e) => e.text)).toEqual(["Card declined by issuer"])
    expect(detectStep(document, url, null, reader).evidence.join(" ")).not.toContain("outcome")
    // The error classes come with the words: with them, GOV.UK's error message is read too.
    expect(captureVisibleErrors(document, null, NOW, createPageReader(document, READING_WORDS)).map((e) => [e.source, e.text])).toEqual(
      expect.arrayContaining([["known-class", "Enter a valid expiry date"]])
    )
  })
})
