import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { passesLuhn } from "./luhn"
import { redactText } from "./redact"
import { REDACTION_MARKS, splitRedactionMarks } from "./redaction-marks"

/** A Luhn-valid number with the given prefix and length. */
function cardNumber(prefix: string, length: number, body: number[]): string {
  let digits = prefix
  for (let i = 0; digits.length < length - 1; i++) digits += String(body[i % body.length])
  for (let check = 0; check <= 9; check++) if (passesLuhn(digits + check)) return digits + check
  throw new Error("unreachable")
}

const BRANDS: [prefix: string, lengths: number[]][] = [
  ["4", [13, 16, 19]],
  ["51", [16]],
  ["55", [16]],
  ["2221", [16]],
  ["2720", [16]],
  ["34", [15]],
  ["37", [15]],
  ["62", [16, 17, 18, 19]],
  ["3528", [16]],
  ["6011", [16]],
  ["65", [16]],
  ["36", [14]],
  ["300", [14]]
]

const groupLike = (digits: string, separator: string) => (separator ? digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`) : digits)

describe("luhn", () => {
  it("accepts published test numbers and rejects a changed digit", () => {
    expect(passesLuhn("4111111111111111")).toBe(true)
    expect(passesLuhn("378282246310005")).toBe(true)
    expect(passesLuhn("4111111111111112")).toBe(false)
    expect(passesLuhn("")).toBe(false)
  })
})

describe("redactText properties", () => {
  it("removes every brand's card numbers wherever they sit in Chinese or English text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BRANDS),
        fc.nat(),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("", " ", "-"),
        fc.constantFrom("卡号", "Card number: ", "我的卡 ", "(", "付款失败，"),
        fc.constantFrom("", " 被拒绝了", " declined.", "）", "，请帮忙"),
        ([prefix, lengths], pick, body, separator, before, after) => {
          const digits = cardNumber(prefix, lengths[pick % lengths.length], body)
          const result = redactText(before + groupLike(digits, separator) + after)
          expect(result.text).toBe(`${before}${REDACTION_MARKS.card}${after}`)
        }
      ),
      { numRuns: 400, seed: 20261127 }
    )
  })

  it("removes personal data whatever surrounds it (random ASCII and punctuation on both sides)", () => {
    const secrets = ["4111 1111 1111 1111", "6212345678901234569", "13800138000", "+86 138 0013 8000", "+44 20 7946 0958", "IND-2026-000123", "E12345678", "zhang@qq.com"]
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.constantFrom(...secrets), fc.string({ maxLength: 6 }), (a, secret, b) => {
        const { text } = redactText(`${a} ${secret} ${b}`)
        // Not even the tail of it survives.
        expect(text).not.toContain(secret.slice(-6))
      }),
      { numRuns: 3000, seed: 7 }
    )
  })

  it("never throws, is idempotent, and reports positions of its own marks", () => {
    const alphabet = fc.constantFrom(..."0123456789 -+()@._:/年月日卡号手机护照CVVexpEGabcXYZ%,₹$\n".split(""))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((chars) => chars.join("")), (input) => {
        const once = redactText(input)
        expect(redactText(once.text)).toEqual({ text: once.text, redactions: once.redactions })
        for (const r of once.redactions) expect(once.text.slice(r.start, r.end)).toBe(REDACTION_MARKS[r.kind])
        const marked = splitRedactionMarks(once.text).filter((s) => s.redacted)
        expect(marked.map((s) => s.redacted)).toEqual(once.redactions.map((r) => r.kind))
      }),
      { numRuns: 1000, seed: 42 }
    )
  })

  it("handles long hostile input (a page full of digits and separators) without losing the tail", () => {
    const hostile = "1 ".repeat(5000) + "a".repeat(5000) + "@" + "-1".repeat(3000) + " end"
    const { text } = redactText(hostile)
    expect(text.endsWith(" end")).toBe(true)
  })
})

describe("splitRedactionMarks", () => {
  it("splits text into plain parts and marks", () => {
    expect(splitRedactionMarks("卡号‹card›，邮箱 ‹email›")).toEqual([
      { text: "卡号" },
      { text: "‹card›", redacted: "card" },
      { text: "，邮箱 " },
      { text: "‹email›", redacted: "email" }
    ])
    expect(splitRedactionMarks("")).toEqual([])
  })
})
