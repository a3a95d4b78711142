import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it, vi } from "vitest"

import { evaluateRealCorpus } from "~src/diagnosis/corpus-evaluation"
import { describeEvidence, diagnose } from "~src/diagnosis/index"
import { recognizerModel } from "~src/diagnosis/recognizer"
import { MODEL_JSON } from "~src/diagnosis/recognizer/committed-model"
import { hasWords, readMessages } from "~src/diagnosis/recognizer/combine"
import { decodeWeights, encodeWeights, NOT_ERROR, type RecognizerClass, type RecognizerModel } from "~src/diagnosis/recognizer/model"
import { fitNotErrorThreshold } from "~src/diagnosis/recognizer/train"
import { parseLabelledLines, RECOGNIZER_CLASSES } from "~src/diagnosis/recognizer/training-data"
import type { ErrorSource } from "~src/page/types"
import { loadTrainingLines, MODEL_PATH, train, TrainingInputError } from "../../scripts/train-recognizer"
import { realCorpusDir } from "../../scripts/eval-diagnosis-paths"

const folder = realCorpusDir()
const hasCorpus = existsSync(join(folder, "dev.jsonl")) && existsSync(join(folder, "train.jsonl"))
const ABSENT = `real corpus not found at ${folder} (set CORPUS_DIR): skipped`
if (!hasCorpus) console.warn(ABSENT)
const readReal = (name: string) => parseLabelledLines(readFileSync(join(folder, name), "utf8")).lines
const text = (t: string, source: ErrorSource = "text") => ({ page: { siteId: null, step: "unknown" as const }, errors: [{ text: t, source }] })

describe("recognizer: never silent on an error, quiet on what is not one", () => {
  it("gives every error statement a diagnosis, at worst the generic one with its first steps", () => {
    for (const t of ["Oops, that did not work.", "處理時發生問題", "We could not finish this step."]) {
      const items = diagnose(text(t))
      expect(items.length, t).toBeGreaterThan(0)
      expect(items[0]!.fixes.length, t).toBeGreaterThan(0)
    }
  })

  it("never leaves text the page marked as an error (alert, field message, native alert()) without a diagnosis", () => {
    for (const source of ["native-alert", "alert-role", "field", "known-class", "profile", "frame"] as const) {
      for (const t of ["E-4471", "Zahlung fehlgeschlagen", "Ref 20931"]) {
        const items = diagnose(text(t, source))
        expect(items.length, `${source}: ${t}`).toBeGreaterThan(0)
        expect(items[0]!.fixes.length).toBeGreaterThan(0)
      }
    }
    // …but a success notice shown in an alert region is still not an error.
    expect(diagnose(text("Payment successful. Thank you!", "alert-role"))).toEqual([])
  })

  it("keeps a marked text with no words diagnosed even under a model sure it is no error (a group's own retrained model)", () => {
    const classes = [...RECOGNIZER_CLASSES]
    // No features, and a bias that makes every text "not an error" at 0.99 and more.
    const sure: RecognizerModel = {
      format: 2,
      classes,
      scale: 0.02,
      temperature: 1,
      bias: classes.map((c) => (c === NOT_ERROR ? 500 : 0)),
      features: "",
      weights: encodeWeights([]),
      defaultCause: {},
      notErrorThreshold: 0.25,
      training: {}
    }
    const best = (t: string, source: ErrorSource) => readMessages({ page: { siteId: null, step: "unknown" }, errors: [{ text: t, source }] }, [], sure)[0]!.recognition.best
    for (const code of ["E-4471", "#20931", "(05)", "错", "ER-12"]) {
      expect(hasWords(code), code).toBe(false)
      expect(best(code, "native-alert"), code).not.toBe(NOT_ERROR)
      expect(best(code, "field"), code).not.toBe(NOT_ERROR)
      // Unmarked text is the recognizer's to judge.
      expect(best(code, "text"), code).toBe(NOT_ERROR)
    }
    for (const words of ["Payment successful", "Ref 20931", "支付成功", "Zahlung fehlgeschlagen"]) {
      expect(hasWords(words), words).toBe(true)
      expect(best(words, "native-alert"), words).toBe(NOT_ERROR)
    }
  })

  it("says nothing about labels and success notices", () => {
    for (const t of ["Card number", "有效期（月/年）", "Payment successful", "付款成功，感谢您的使用"]) expect(diagnose(text(t)), t).toEqual([])
  })

  it("tells the volunteer which words weighed most, in both languages", () => {
    const items = diagnose(text("The expiry date you typed is not valid"))
    const note = items[0]!.evidence.find((n) => n.id === "recognizer-words")
    expect(note).toBeDefined()
    expect(describeEvidence(note!, "en")).toMatch(/expiry|valid/)
    expect(describeEvidence(note!, "zh-CN")).toMatch(/最有分量的字词/)
  })
})

describe("diagnose() with a model given (the trainer's held-out folds)", () => {
  it("votes with that model instead of the committed one", () => {
    const committed = recognizerModel()!
    const networkIndex = committed.classes.indexOf("network-problem")
    // No features at all, only a bias that makes every text a network problem.
    const onlyNetwork = { ...committed, features: "", weights: encodeWeights([]), bias: committed.classes.map((_, i) => (i === networkIndex ? 500 : 0)) }
    const message = text("The expiry date you typed is not valid")
    expect(diagnose(message)[0]!.category).toBe("card-details")
    expect(diagnose(message, { model: onlyNetwork })[0]!.category).toBe("network-problem")
  })
})

describe("the model's text, read once where the extension reads it (the packaged file)", () => {
  // A fresh copy of the module: the test setup already gave this one the committed model.
  const freshModule = async () => {
    vi.resetModules()
    return import("~src/diagnosis/recognizer/index")
  }

  it("reads the file once for any number of callers, then answers from memory", async () => {
    const fresh = await freshModule()
    let reads = 0
    const fromFile = async () => {
      reads++
      return MODEL_JSON
    }
    expect(fresh.recognizerModel()).toBeNull()
    expect(await Promise.all([fresh.loadRecognizerModel(fromFile), fresh.loadRecognizerModel(fromFile)])).toEqual([true, true])
    expect(await fresh.loadRecognizerModel(fromFile)).toBe(true)
    expect(reads).toBe(1)
    expect(fresh.recognizerModel()).toEqual(recognizerModel())
  })

  it("refuses a damaged or missing file (the rules alone answer meanwhile) and tries again next time", async () => {
    const fresh = await freshModule()
    expect(await fresh.loadRecognizerModel(() => Promise.resolve('{"format":2,'))).toBe(false)
    expect(await fresh.loadRecognizerModel(() => Promise.reject(new Error("no file")))).toBe(false)
    expect(fresh.recognizerModel()).toBeNull()
    expect(await fresh.loadRecognizerModel(() => Promise.resolve(JSON.stringify({ ...recognizerModel()! })))).toBe(true)
    expect(fresh.recognizerModel()).not.toBeNull()
  })
})

describe("recognizer: the not-error threshold weighs a false alarm against a silence", () => {
  const classes: RecognizerClass[] = ["card-details", NOT_ERROR]
  const line = (notError: number) => [1 - notError, notError]
  it("counts each class as a whole, so nine error lines do not outvote one not-error line", () => {
    // Nine error lines the model is sure of, three it half-doubts; two not-error lines it reads at 0.3.
    const probabilities = [...Array.from({ length: 9 }, () => line(0.05)), line(0.35), line(0.35), line(0.35), line(0.3), line(0.3)]
    const labels = [...Array.from({ length: 12 }, () => 0), 1, 1]
    // Counting lines would keep both not-error lines as false alarms to spare three silences;
    // balanced, three silences of twelve cost less than two false alarms of two.
    const threshold = fitNotErrorThreshold(classes, probabilities, labels)
    expect(threshold).toBeLessThanOrEqual(0.3)
    expect(threshold).toBeGreaterThan(0.05)
  })
  it("says not-error at the threshold even when one category alone is likelier", async () => {
    const { chooseClass } = await import("~src/diagnosis/recognizer/model")
    const three: RecognizerClass[] = ["card-details", "generic-decline", NOT_ERROR]
    expect(three[chooseClass(three, [0.45, 0.15, 0.4], 0.35)]).toBe(NOT_ERROR)
    expect(three[chooseClass(three, [0.45, 0.25, 0.3], 0.35)]).toBe("card-details")
  })
})

describe("recognizer: the committed model's compact form", () => {
  it("stores weights as 16-bit integers in base64 and reads them back exactly", () => {
    const values = [0, 1, -1, 3, -3, 127, -128, 255, 256, -310, 32767, -32768]
    expect(Array.from(decodeWeights(encodeWeights(values)))).toEqual(values)
    expect(() => encodeWeights([40000])).toThrow(RangeError)
    expect(() => encodeWeights([1.5])).toThrow(RangeError)
  })

  it("reads the same weights where the engine decodes base64 itself (Uint8Array.fromBase64, as in Chromium and Firefox)", () => {
    const native = Uint8Array as typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array }
    const had = Object.getOwnPropertyDescriptor(native, "fromBase64")
    const committed = recognizerModel()!.weights
    const values = [0, 1, -1, 3, -3, 127, -128, 255, 256, -310, 32767, -32768]
    const viaLoop = [Array.from(decodeWeights(committed)), Array.from(decodeWeights(encodeWeights(values)))]
    let calls = 0
    // Node 20 has no fromBase64: a stand-in with its contract (bytes of the text; bad text throws).
    Object.defineProperty(native, "fromBase64", {
      configurable: true,
      value: (text: string) => {
        calls++
        return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
      }
    })
    try {
      expect([Array.from(decodeWeights(committed)), Array.from(decodeWeights(encodeWeights(values)))]).toEqual(viaLoop)
      expect(calls).toBe(2)
      expect(() => decodeWeights("not base64!")).toThrow()
    } finally {
      if (had) Object.defineProperty(native, "fromBase64", had)
      else delete native.fromBase64
    }
    expect("fromBase64" in Uint8Array).toBe(had !== undefined)
  })

  it("keeps its features in strictly sorted order (the lookup is a binary search) and its rows in bounds", () => {
    const model = recognizerModel()!
    const names = model.features.split("\n")
    for (let i = 1; i < names.length; i++) expect(names[i - 1]! < names[i]!, names[i]).toBe(true)
    const weights = decodeWeights(model.weights)
    let offset = 0
    for (let i = 0; i < names.length; i++) offset += 1 + 2 * weights[offset]!
    expect(offset).toBe(weights.length)
  })
})

describe("recognizer: solved cases from the desk (--extra)", () => {
  it("reports every bad line and writes nothing", () => {
    mkdirSync(join(process.cwd(), ".tmp"), { recursive: true })
    const dir = mkdtempSync(join(process.cwd(), ".tmp", "recognizer-"))
    try {
      const bad = join(dir, "bad.jsonl")
      writeFileSync(bad, '{"text":"卡被冻结","lang":"zh-CN","category":"bank-restriction"}\nnot json\n{"text":"","lang":"en","category":"nope"}\n')
      expect(() => loadTrainingLines(null, [bad])).toThrow(TrainingInputError)
      try {
        loadTrainingLines(null, [bad])
      } catch (error) {
        expect((error as Error).message).toMatch(/line 2: not valid JSON/)
        expect((error as Error).message).toMatch(/line 3: .*text/)
        expect((error as Error).message).toMatch(/line 3: .*category/)
      }
      const good = join(dir, "good.jsonl")
      writeFileSync(good, ['{"text":"Your card was declined.","lang":"en","category":"generic-decline"}', '{"text":"卡片已被发卡行冻结（志愿者确认）","lang":"zh-CN","category":"bank-restriction","cause":"card-blocked-contact-bank","fix":"contact-bank-about-card"}'].join("\n"))
      const { notes, lines } = loadTrainingLines(null, [good])
      expect(notes.at(-1)).toMatch(/2 lines, 1 new \(1 duplicates dropped\)/)
      expect(lines.some((l) => l.text.includes("志愿者确认"))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe.skipIf(!hasCorpus)(`recognizer on the real corpus (${hasCorpus ? folder : ABSENT})`, () => {
  it("retraining gives the committed model, byte for byte", () => {
    expect(train(folder, []).json === readFileSync(MODEL_PATH, "utf8")).toBe(true)
  }, 600_000)

  // Ratchet: the figures reached on dev.jsonl (never trained or tuned on). Raise, never lower,
  // with one exception on 2026-12-05, written down in docs/recognizer.md ("Team-written lines
  // and a steadier trainer"): the floors below had been set by the luckiest of six training
  // seeds of the old recipe; the new one beats that draw at every seed on top-1, and two floors
  // were re-based to what it gives at the committed seed: no diagnosis 94 → 100 of 1,146 lines,
  // and 3 → 5 lines silent as a field's error.
  it("holds its dev.jsonl figures", () => {
    const r = evaluateRealCorpus(readReal("dev.jsonl"))
    expect(r.top1.overall).toBeGreaterThanOrEqual(0.847)
    expect(r.top1.zh).toBeGreaterThanOrEqual(0.85)
    expect(r.top1.en).toBeGreaterThanOrEqual(0.845)
    expect(r.noDiagnosisRate).toBeLessThanOrEqual(0.088)
    expect(r.falseAlarmRate).toBeLessThanOrEqual(0.08)
    // The same error lines where the page reader finds most errors (a field's error message):
    // never silent but for 5 of 1,146 lines.
    expect(Math.round(r.asFieldError.noDiagnosisRate * r.errorLines)).toBeLessThanOrEqual(5)
    expect(r.asFieldError.top1).toBeGreaterThanOrEqual(0.87)
  }, 120_000)

  it("diagnoses every reported miss to its category", () => {
    const wrong = readReal("reported-misses.jsonl").filter((line) => diagnose(text(line.text))[0]?.category !== line.category)
    expect(wrong.map((l) => l.text)).toEqual([])
  })
})
