import { describe, expect, it } from "vitest"

import { queryAllInOrder, queryOne, splitSelectorList, subjectOf } from "./selector-list"
import { pageWithBody } from "./test-dom"

const BODY = `
  <div class="error" id="a">one</div>
  <form id="pay"><input id="b" name="CardNumber"><input id="c" name="other"></form>
  <div class="Toast-Error" id="d" role="alert">two</div>
  <iframe id="e" title="3DS challenge"></iframe>
  <p id="f" class="error">three</p>`

const ids = (els: ArrayLike<Element>) => Array.from(els, (el) => el.id)

describe("splitSelectorList", () => {
  it("splits at top-level commas only", () => {
    expect(splitSelectorList(`a, b ,c`)).toEqual(["a", "b", "c"])
    expect(splitSelectorList(`:is(a, b), [title="x,y"], [title='p,q'], .a\\,b`)).toEqual([":is(a, b)", `[title="x,y"]`, `[title='p,q']`, ".a\\,b"])
  })

  it("keeps empty parts so that an invalid list stays invalid", () => {
    expect(splitSelectorList("a,")).toEqual(["a", ""])
  })
})

describe("subjectOf", () => {
  it("is the last compound, whatever the combinator", () => {
    expect(subjectOf(`form#pay input[name*="card" i]`)).toBe(`input[name*="card" i]`)
    expect(subjectOf(`.a > b.c`)).toBe("b.c")
    expect(subjectOf(`.a+p`)).toBe("p")
    expect(subjectOf(`[title="a b"] ~ [role="alert"]`)).toBe(`[role="alert"]`)
    expect(subjectOf(`input[autocomplete~="cc-number" i]`)).toBe(`input[autocomplete~="cc-number" i]`)
  })
})

describe("queryAllInOrder", () => {
  const selectors = [
    `.error, input[name*="card" i], [class*="toast" i], iframe[title*="3ds" i]`,
    `p, div`,
    `[role="alert"], .error`,
    `form input, .error`,
    `input`,
    `#nothing, .nothing`
  ]
  it.each(selectors)("returns what querySelectorAll returns for %s", (selector) => {
    const { document } = pageWithBody(BODY)
    expect(ids(queryAllInOrder(document, selector))).toEqual(ids(document.querySelectorAll(selector)))
  })

  it("returns each element once, in document order", () => {
    const { document } = pageWithBody(BODY)
    expect(ids(queryAllInOrder(document, `p, .error, [role="alert"], div`))).toEqual(["a", "d", "f"])
  })

  it("throws for an invalid selector, as querySelectorAll does, even where no element could match", () => {
    const { document } = pageWithBody(BODY)
    expect(() => queryAllInOrder(document, ".error, ")).toThrow()
    expect(() => queryOne(document, "marquee[")).toThrow()
  })
})
