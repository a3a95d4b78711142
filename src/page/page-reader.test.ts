import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { containsPhrase, createPageReader } from "./page-reader"
import { isSmallDocument } from "./selector-list"
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

describe("createPageReader on small and big pages", () => {
  // Small pages are queried with whole selector lists, pages over 1,500 elements selector by
  // selector; padding the same markup past that size must not change any answer.
  const BODY = `
    <h1>Pay for your application</h1>
    <div class="error" id="a" hidden>hidden error</div>
    <form id="pay"><label id="l">Card number <input id="b" name="CardNumber" autocomplete="cc-number"></label><input id="c" name="other"></form>
    <div class="Toast-Error" id="d" role="alert">Payment failed</div>
    <iframe id="e" title="3DS challenge"></iframe>
    <p id="f" class="error">three</p>`
  const PADDING = "<i></i>".repeat(1600)
  const LISTS = [
    `.error, input[name*="card" i], [class*="toast" i], iframe[title*="3ds" i]`,
    `p, div`,
    `[role="alert"], .error`,
    `form input, .error`,
    `input[autocomplete~="cc-number" i], select[autocomplete~="cc-number" i]`,
    `#nothing, .nothing`,
    `.error, [`
  ]
  const answers = (body: string) => {
    const page = createPageReader(pageWithBody(body).document)
    return {
      landmarks: page.landmarks(),
      phrases: ["payment failed", "card number", "pay for your application"].map((p) => page.hasPhrase(p)),
      firstVisible: LISTS.map((selector) => page.firstVisible(selector)?.id ?? null),
      queryAll: LISTS.map((selector) => {
        try {
          return page.queryAll(selector).map((el) => el.id)
        } catch {
          return "throws"
        }
      })
    }
  }

  it("gives the same answers either way", () => {
    expect(isSmallDocument(pageWithBody(BODY).document)).toBe(true)
    expect(isSmallDocument(pageWithBody(BODY + PADDING).document)).toBe(false)
    const small = answers(BODY)
    expect(small.firstVisible).toEqual(["b", "d", "d", "b", "b", null, null])
    expect(small.queryAll[6]).toBe("throws")
    expect(answers(BODY + PADDING)).toEqual(small)
  })
})

describe("containsPhrase", () => {
  /** The definition: a Latin end of the phrase must not touch a Latin letter or digit. */
  function byRegex(haystackLower: string, phrase: string): boolean {
    const needle = phrase.toLowerCase()
    const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/i.test(c)
    for (let at = haystackLower.indexOf(needle); at >= 0; at = haystackLower.indexOf(needle, at + 1)) {
      const touchesBefore = /^[a-z0-9]/i.test(needle) && isWordChar(haystackLower[at - 1])
      const touchesAfter = /[a-z0-9]$/i.test(needle) && isWordChar(haystackLower[at + needle.length])
      if (!touchesBefore && !touchesAfter) return true
    }
    return false
  }

  it("needs whole words for Latin phrases, not for CJK ones", () => {
    expect(containsPhrase("payment unsuccessful", "payment successful")).toBe(false)
    expect(containsPhrase("your payment successful!", "Payment successful")).toBe(true)
    expect(containsPhrase("error 3ds2 failed", "3ds")).toBe(false)
    expect(containsPhrase("交易失败了", "失败")).toBe(true)
    expect(containsPhrase("x失败", "失败")).toBe(true)
  })

  it("agrees with the regex definition", () => {
    const pieces = ["pay", "payment", "Payment", " ", "un", "successful", "3", "ds", "-", "é", "ſ", "K", "失败", "交易", "\n", "_", "0", "Z"]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(""))
    fc.assert(
      fc.property(text, text, (haystack, phrase) => {
        const lower = haystack.toLowerCase()
        expect(containsPhrase(lower, phrase)).toBe(byRegex(lower, phrase))
      }),
      { numRuns: 2000 }
    )
  })
})
