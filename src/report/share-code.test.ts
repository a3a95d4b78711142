import { deflateSync } from "fflate"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { decodeBase64Url, encodeBase64Url } from "./base64url"
import { buildReport } from "./build"
import { decodeShareInput } from "./decode-share-input"
import { SAMPLE_INPUTS, sampleReports } from "./sample-reports"
import { encodeShareCode } from "./share-code"
import { measureShareCodeSizes } from "./share-code-size"

const report = sampleReports()[0]
const code = encodeShareCode(report)
const codeOf = (value: unknown) => "EVPR1." + encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value)), { level: 9 }))

describe("base64url", () => {
  it("round-trips any bytes and matches Node's base64url", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64Url(bytes)
        expect(text).toBe(Buffer.from(bytes).toString("base64url"))
        expect(decodeBase64Url(text)).toEqual(bytes)
      }),
      { numRuns: 500, seed: 3 }
    )
  })

  it("rejects characters outside the alphabet and impossible lengths", () => {
    expect(decodeBase64Url("ab+c")).toBeNull()
    expect(decodeBase64Url("abcde")).toBeNull()
  })
})

describe("share code", () => {
  it("is EVPR1. followed by base64url without padding", () => {
    expect(code).toMatch(/^EVPR1\.[A-Za-z0-9_-]+$/)
  })

  it("round-trips exactly (property over varied reports)", () => {
    fc.assert(
      fc.property(fc.nat({ max: SAMPLE_INPUTS.length - 1 }), fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), fc.constantFrom("zh-CN", "en"), (index, note, errorText, locale) => {
        const input = structuredClone(SAMPLE_INPUTS[index])
        input.note = note
        input.locale = locale
        if (input.pageState.errors[0]) input.pageState.errors[0].text = errorText
        const built = buildReport(input)
        const decoded = decodeShareInput(encodeShareCode(built))
        expect(decoded).toEqual({ ok: true, report: built })
      }),
      { numRuns: 200, seed: 5 }
    )
  })

  it("keeps a typical report's code under 2,000 characters", () => {
    const sizes = measureShareCodeSizes()
    expect(sizes.lengths.length).toBeGreaterThanOrEqual(5)
    expect(sizes.median).toBeLessThan(2000)
  })
})

describe("decodeShareInput accepts what chat apps do to a code", () => {
  const accepts = (input: string) => expect(decodeShareInput(input)).toEqual({ ok: true, report })
  it("the code alone", () => accepts(code))
  it("the whole chat text", () => accepts(`您好，我的付款失败了\n网站：印度电子签证\n\n${code}`))
  it("line breaks and spaces inside the code", () => accepts(code.replace(/(.{37})/g, "$1\n").replace(/(.{101})/g, "$1 ")))
  it("Windows line breaks", () => accepts(code.replace(/(.{60})/g, "$1\r\n")))
  it("zero-width characters and a byte-order mark", () => accepts(`\ufeff${code.slice(0, 30)}\u200b${code.slice(30, 80)}\u2060${code.slice(80)}`))
  it("quotes around it", () => {
    accepts(`"${code}"`)
    accepts(`“${code}”`)
    accepts(`「${code}」`)
  })
  it("words after it", () => {
    accepts(`${code} thanks`)
    accepts(`${code}\nthank you so much`)
    accepts(`${code}谢谢！`)
  })
  it("padding added by someone", () => accepts(`${code}==`))
})

describe("decodeShareInput rejects with a specific reason", () => {
  const rejects = (input: string) => {
    const result = decodeShareInput(input)
    expect(result.ok).toBe(false)
    return result.ok ? null : result.error
  }

  it("no-code", () => {
    expect(rejects("")?.id).toBe("no-code")
    expect(rejects("付款失败，帮我看看")?.id).toBe("no-code")
  })
  it("not-base64: the code was altered into standard base64 or typographic dashes", () => {
    expect(rejects(code.slice(0, 40) + "+" + code.slice(41))?.id).toBe("not-base64")
    expect(rejects(code.slice(0, 40) + "—" + code.slice(41))?.id).toBe("not-base64")
  })
  it("truncated", () => {
    for (const keep of [7, 100, 301, code.length - 40]) expect(rejects(code.slice(0, keep))?.id, `keep ${keep}`).toBe("truncated")
    expect(rejects("EVPR1.")?.id).toBe("truncated")
  })
  it("corrupt", () => expect(rejects("EVPR1." + encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])))?.id).toBe("corrupt"))
  it("too-large: a long paste", () => expect(rejects("x".repeat(20_001))?.id).toBe("too-large"))
  it("too-large: a small code that inflates past 200 KB (zip bomb) is stopped", () => {
    const bomb = "EVPR1." + encodeBase64Url(deflateSync(new Uint8Array(5_000_000).fill(32), { level: 9 }))
    expect(bomb.length).toBeLessThan(20_000)
    expect(rejects(bomb)?.id).toBe("too-large")
  })
  it("not-json", () => {
    expect(rejects("EVPR1." + encodeBase64Url(deflateSync(new TextEncoder().encode("{not json"))))?.id).toBe("not-json")
    expect(rejects("EVPR1." + encodeBase64Url(deflateSync(new Uint8Array([0xc3, 0x28]))))?.id).toBe("not-json")
  })
  it("wrong-format", () => {
    expect(rejects(codeOf({ format: "something-else", version: 1 }))?.id).toBe("wrong-format")
    expect(rejects(codeOf([1, 2, 3]))?.id).toBe("wrong-format")
    expect(rejects("EVPR0.abcd")?.id).toBe("wrong-format")
  })
  it("newer-version, from the prefix or the document", () => {
    expect(rejects("EVPR2.abcdef")).toEqual({ id: "newer-version", version: 2 })
    expect(rejects(codeOf({ ...report, version: 3 }))).toEqual({ id: "newer-version", version: 3 })
  })
  it("invalid, with the path of the first problem", () => {
    expect(rejects(codeOf({ ...report, createdAt: "yesterday" }))).toEqual({ id: "invalid", path: "createdAt" })
    const errors = [{ ...report.errors[0], firstSeen: "soon" }]
    expect(rejects(codeOf({ ...report, errors }))).toEqual({ id: "invalid", path: "errors.0.firstSeen" })
  })
})
