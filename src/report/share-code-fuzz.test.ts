import { deflateSync } from "fflate"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

import { encodeBase64Url } from "./base64url"
import { decodeShareInput } from "./decode-share-input"
import { sampleReports } from "./sample-reports"
import { ReportV1Schema } from "./schema"
import { encodeShareCode } from "./share-code"
import { SHARE_CODE_ERROR_IDS } from "./share-code-error"

const codes = sampleReports().map(encodeShareCode)
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
const anyChar = fc.oneof(fc.constantFrom(...ALPHABET.split("")), fc.constantFrom(" ", "\n", "\u200b", "+", "/", "=", "—", "“", "。"), fc.string({ minLength: 1, maxLength: 1, unit: "grapheme" }))

type Mutation = (code: string) => string
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), anyChar).map(([at, ch]): Mutation => (c) => c.slice(0, at % c.length) + ch + c.slice((at % c.length) + 1)),
  fc.tuple(fc.nat(), anyChar).map(([at, ch]): Mutation => (c) => c.slice(0, at % c.length) + ch + c.slice(at % c.length)),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, length]): Mutation => (c) => c.slice(0, at % c.length) + c.slice((at % c.length) + length)),
  fc.nat().map((keep): Mutation => (c) => c.slice(0, keep % c.length)),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (c) => {
    const chars = [...c]
    const i = a % chars.length
    const j = b % chars.length
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
    return chars.join("")
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 300 })).map(([at, length]): Mutation => (c) => c + c.slice(at % c.length, (at % c.length) + length))
)

/** Codes that are plausible on the surface: mutated real codes, random payloads behind the prefix, deflated random JSON. */
const fuzzInput = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.nat({ max: codes.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([i, ms]) => ms.reduce((c, m) => m(c), codes[i])) },
  { weight: 2, arbitrary: fc.string({ maxLength: 400 }).map((s) => `EVPR1.${s}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => `EVPR1.${encodeBase64Url(bytes)}`) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map((json) => `EVPR1.${encodeBase64Url(deflateSync(new TextEncoder().encode(json)))}`) },
  {
    weight: 2,
    arbitrary: fc
      .record({ createdAt: fc.string({ maxLength: 30 }), version: fc.oneof(fc.constant(1), fc.integer()), locale: fc.constantFrom("zh-CN", "en", "fr") }, { requiredKeys: [] })
      .map((patch) => `EVPR1.${encodeBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify({ ...sampleReports()[1], ...patch }))))}`)
  }
)

describe("share code fuzz", () => {
  it("10,000 mutated and random codes: never a crash; rejected with an error id, or accepted only when valid", () => {
    let accepted = 0
    const rejectedBy = new Map<string, number>()
    fc.assert(
      fc.property(fuzzInput, (input) => {
        const result = decodeShareInput(input)
        if (result.ok) {
          accepted++
          expect(ReportV1Schema.safeParse(result.report).success).toBe(true)
        } else {
          expect(SHARE_CODE_ERROR_IDS).toContain(result.error.id)
          rejectedBy.set(result.error.id, (rejectedBy.get(result.error.id) ?? 0) + 1)
        }
      }),
      { numRuns: 10_000, seed: 20261127 }
    )
    // The fuzzer reaches both outcomes and most of the reasons, or it is not testing much.
    expect(accepted).toBeGreaterThan(0)
    expect(rejectedBy.size).toBeGreaterThanOrEqual(6)
  }, 120_000)
})
