import { describe, expect, it } from "vitest"

import { capText, trimBeforeRedaction } from "./cap-text"
import { redactText } from "./redact"

describe("capText", () => {
  it("keeps short text and cuts long text with an ellipsis", () => {
    expect(capText("abc", 3)).toBe("abc")
    expect(capText("abcdef", 4)).toBe("abc…")
    expect(capText("abcdef", 4).length).toBe(4)
  })

  it("never cuts a redaction mark in half", () => {
    expect(capText("see ‹card› now", 8)).toBe("see …")
  })

  it("never splits a surrogate pair", () => {
    expect(capText("ab😀cd", 4)).toBe("ab…")
  })
})

describe("trimBeforeRedaction", () => {
  it("drops a card number cut at the limit instead of leaving its first digits", () => {
    const text = "Declined card 4111 1111 1111 1111 today"
    const cut = trimBeforeRedaction(text, 24)
    expect(cut).toBe("Declined card ")
    expect(redactText(cut).text).not.toMatch(/\d/)
  })

  it("keeps text within the limit as it is", () => {
    expect(trimBeforeRedaction("短文本", 10)).toBe("短文本")
  })

  it("stops at a word that is not a digit group", () => {
    expect(trimBeforeRedaction("code 05 declined by bank", 19)).toBe("code 05 declined ")
  })
})
