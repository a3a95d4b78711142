import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

import { describe, expect, it } from "vitest"

import { CATEGORY_IDS } from "~src/diagnosis/categories"
import { evaluateCorpus, parseCorpus } from "~src/diagnosis/corpus-evaluation"

// The same evaluation as `npm run eval:diagnosis`, so `npm test` enforces the 90% bar.
const corpus = parseCorpus(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../corpus/errors.jsonl"), "utf8"))

describe("diagnosis corpus", () => {
  it("is large, bilingual and covers every category", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500)
    const chinese = corpus.filter((line) => line.lang.startsWith("zh"))
    expect(chinese.length / corpus.length).toBeGreaterThanOrEqual(0.4)
    expect(chinese.some((line) => line.lang === "zh-TW")).toBe(true)
    expect(corpus.filter((line) => line.category === null).length).toBeGreaterThanOrEqual(40)
    for (const category of CATEGORY_IDS) expect(corpus.some((line) => line.category === category), category).toBe(true)
  })

  it("is diagnosed top-1 correctly at least 90% of the time, without false alarms on non-errors", () => {
    const result = evaluateCorpus(corpus)
    const misses = result.misses.map((m) => `#${m.line} ${m.expected} ← ${m.got}: ${m.text}`).join("\n")
    expect(result.top1Accuracy, misses).toBeGreaterThanOrEqual(0.9)
    expect(result.nonErrorFalsePositiveRate).toBeLessThanOrEqual(0.05)
  })

  it("rejects malformed corpus lines with their line number", () => {
    expect(() => parseCorpus('{"text":"x","lang":"en","category":"card-details"}\nnot json')).toThrow(/line 2/)
    expect(() => parseCorpus('{"text":"x","lang":"en","category":"nope"}')).toThrow(/line 1/)
  })
})
