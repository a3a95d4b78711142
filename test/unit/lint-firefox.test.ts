import { readFileSync } from "node:fs"
import { resolve } from "node:path"

import { describe, expect, it } from "vitest"

import { explainedCounts, storePackagesSection, unexplainedCodes } from "../../scripts/lint-firefox"

const warning = (code: string) => ({ code, message: "" })

describe("addons-linter warnings the README explains", () => {
  it("counts each row of the table, with the number a row covers", () => {
    const section = [
      "| warning | where | why |",
      "|---|---|---|",
      "| `KEY_A` | manifest.json | … |",
      "| `UNSAFE_X` (import) | a.js | … |",
      "| `UNSAFE_X` (innerHTML, 3×) | b.js, c.js, d.js | … |"
    ].join("\n")
    expect(explainedCounts(section)).toEqual(
      new Map([
        ["KEY_A", 1],
        ["UNSAFE_X", 4]
      ])
    )
  })

  it("flags a code with more warnings than rows explain, even when the code has a row", () => {
    const explained = new Map([["UNSAFE_X", 3]])
    expect(unexplainedCodes([warning("UNSAFE_X"), warning("UNSAFE_X"), warning("UNSAFE_X")], explained)).toEqual([])
    expect(unexplainedCodes([warning("UNSAFE_X"), warning("UNSAFE_X"), warning("UNSAFE_X"), warning("UNSAFE_X")], explained)).toEqual(["UNSAFE_X"])
    expect(unexplainedCodes([warning("NEW_CODE")], explained)).toEqual(["NEW_CODE"])
  })

  it("reads the README's own table", () => {
    const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8")
    const counts = explainedCounts(storePackagesSection(readme))
    expect(counts.get("UNSAFE_VAR_ASSIGNMENT")).toBe(4)
    expect(counts.get("KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION")).toBe(1)
  })
})
