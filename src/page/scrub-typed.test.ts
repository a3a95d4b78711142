import { readdirSync, readFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"

import { describe, expect, it } from "vitest"

import { replaceTyped, scrubTypedValues, TYPED_MARK } from "./scrub-typed"
import { captureAsContentScript as captureVisibleErrors, pageWithBody } from "./test-dom"

const NOW = new Date("2025-03-12T08:30:00Z")

describe("replaceTyped", () => {
  it("replaces every occurrence, whatever the case and the spacing", () => {
    expect(replaceTyped("Card (Wang Xiaoming) declined. WANG  XIAOMING, try again", "wang xiaoming")).toBe(`Card (${TYPED_MARK}) declined. ${TYPED_MARK}, try again`)
    expect(replaceTyped("Sent to 12 High\nStreet", "  12 High Street ")).toBe(`Sent to ${TYPED_MARK}`)
  })

  it("treats the value as text, not as a pattern", () => {
    expect(replaceTyped("Name a.b* (c) is invalid", "a.b* (c)")).toBe(`Name ${TYPED_MARK} is invalid`)
    expect(replaceTyped("axb is fine", "a.b")).toBe("axb is fine")
  })

  it("leaves short values alone so that one letter cannot wipe the message", () => {
    expect(replaceTyped("Your card was declined", "a")).toBe("Your card was declined")
    expect(replaceTyped("Your card was declined", "  c ")).toBe("Your card was declined")
  })
})

describe("scrubTypedValues", () => {
  it("scrubs text, e-mail, tel, search, url, number and untyped inputs and textareas, never passwords or hidden inputs", () => {
    // A value attribute is what .value returns until the applicant edits the field.
    const page = pageWithBody(`
      <input id="name" value="Wang Xiaoming"><input type="email" value="wang@example.org"><input type="tel" value="13800138000">
      <input type="search" value="visa fee"><input type="number" value="987654"><textarea>12 High Street</textarea>
      <input type="password" value="secretword"><input type="hidden" value="declined">`)
    const [text] = scrubTypedValues(page.document, [
      "Wang Xiaoming wang@example.org 13800138000 visa fee 987654 12 High Street secretword declined"
    ])
    expect(text).toBe(`${Array(6).fill(TYPED_MARK).join(" ")} secretword declined`)
  })

  it("is what capture uses: a page that echoes a typed name keeps only the mark", () => {
    const page = pageWithBody(`<input id="cardholder" autocomplete="cc-name" value="Wang Xiaoming">
      <div role="alert">Card 4929 (Wang Xiaoming) was declined by your bank. CVC 737.</div>`)
    const [error] = captureVisibleErrors(page.document, null, NOW)
    expect(error.text).toContain(TYPED_MARK)
    expect(error.text).not.toMatch(/wang|xiaoming/i)
    expect(error.text).toContain("declined by your bank")
  })
})

describe("the one reader of typed values", () => {
  const ROOT = resolve(import.meta.dirname, "../..")
  const pageFacing = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return pageFacing(path)
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && entry.name !== "test-dom.ts" ? [path] : []
    })

  it("is scrub-typed.ts: no other code that runs in the portal's page reads .value", () => {
    const readers = [...pageFacing("src/page"), ...pageFacing("contents")].filter((file) =>
      readFileSync(join(ROOT, file), "utf8")
        .split("\n")
        .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && /\.value\b/.test(line))
    )
    expect(readers.map((file) => relative(ROOT, join(ROOT, file)))).toEqual(["src/page/scrub-typed.ts"])
  })
})
