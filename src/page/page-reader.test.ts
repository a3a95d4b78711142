import { describe, expect, it } from "vitest"

import { createPageReader } from "./page-reader"
import { pageWithBody } from "./test-dom"

describe("createPageReader", () => {
  it("finds phrases in visible landmarks, never across two of them nor in hidden ones", () => {
    const { document } = pageWithBody(`<h1>Payment</h1><h2>failed</h2><p hidden>card declined</p><button>Try again</button>`)
    const page = createPageReader(document)
    expect(page.hasPhrase("Try again")).toBe(true)
    expect(page.hasPhrase("payment")).toBe(true)
    expect(page.hasPhrase("payment failed")).toBe(false)
    expect(page.hasPhrase("card declined")).toBe(false)
  })

  it("reads a heading that comes after a table of thousands of cells", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `<tr><td>Application ${i}</td></tr>`).join("")
    const { document } = pageWithBody(`<table>${rows}</table><h2>Transaction failed</h2>`)
    const page = createPageReader(document)
    expect(page.hasPhrase("transaction failed")).toBe(true)
    // Cells are read only up to a bound: the table is history, not the page's message.
    expect(page.landmarks().length).toBeLessThan(400)
  })

  it("takes short cells and paragraphs but not long ones", () => {
    const { document } = pageWithBody(`<table><tr><td>Payment declined</td></tr></table><p>${"Terms apply. ".repeat(20)}</p>`)
    const page = createPageReader(document)
    expect(page.hasPhrase("payment declined")).toBe(true)
    expect(page.hasPhrase("terms apply")).toBe(false)
  })

  it("finds the first visible match of a selector list in document order", () => {
    const { document } = pageWithBody(`<p id="x" class="b">x</p><p id="y" class="a" hidden>y</p><p id="z" class="a">z</p>`)
    const page = createPageReader(document)
    expect(page.firstVisible(".a, .b")?.id).toBe("x")
    expect(page.firstVisible(".a")?.id).toBe("z")
    expect(page.firstVisible(".a, [")).toBeNull()
  })
})
