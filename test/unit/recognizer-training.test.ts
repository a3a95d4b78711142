import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { parseCorpus } from "~src/diagnosis/corpus-parse"
import { normalizeErrorText } from "~src/diagnosis/normalize-text"
import { fitLogistic, type FitOptions, type TrainingExample } from "~src/diagnosis/recognizer/train"
import { parseLabelledLines, RECOGNIZER_CLASSES } from "~src/diagnosis/recognizer/training-data"
import { realCorpusDir } from "../../scripts/eval-diagnosis-paths"
import { hidesRuleVote, loadTrainingLines, RULE_VOTE_DROPOUT, TEAM_WRITTEN_DIR, teamWrittenFiles } from "../../scripts/train-recognizer"

// Three classes, each with its own feature, and 30% of the labels wrong (as sources disagree in
// the real corpus): plain SGD at a large step ends wherever the last few lines pulled it.
function examples(): TrainingExample[] {
  const out: TrainingExample[] = []
  let state = 7
  const random = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32
  for (let i = 0; i < 90; i++) {
    const truth = i % 3
    const label = random() < 0.3 ? (truth + 1) % 3 : truth
    out.push({ features: [{ name: `own${truth}`, value: 1 }, { name: `word${i % 11}`, value: 1 }], label, weight: 1 })
  }
  return out
}

const OPTIONS: FitOptions = { classes: 3, l2: 1e-6, epochs: 8, learningRate: 1, seed: 1 }
const distance = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((sum, x, i) => sum + (x - b[i]!) ** 2, 0))
const norm = (a: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((sum, x) => sum + x * x, 0))

describe("the trainer: averaged SGD", () => {
  it("averaging only the last epoch is plain SGD's last weights", () => {
    const plain = fitLogistic(examples(), OPTIONS)
    const lastOnly = fitLogistic(examples(), { ...OPTIONS, averageFromEpoch: OPTIONS.epochs - 1 })
    expect(distance(lastOnly.weights, plain.weights)).toBeLessThan(1e-9)
    expect(distance(lastOnly.bias, plain.bias)).toBeLessThan(1e-9)
  })

  it("moves less with the order the lines come in than the last weights do", () => {
    // Two seeds (two orders of the same lines): how far apart the weights end, relative to their size.
    const spread = (averageFromEpoch?: number) => {
      const [a, b] = [1, 2].map((seed) => fitLogistic(examples(), { ...OPTIONS, seed, averageFromEpoch }).weights)
      return distance(a!, b!) / norm(a!)
    }
    expect(spread(OPTIONS.epochs / 2)).toBeLessThan(0.8 * spread())
  })
})

describe("the trainer: several orders averaged into one model", () => {
  it("is the mean of the members' weights, one order each", () => {
    const options = { ...OPTIONS, averageFromEpoch: 4 }
    const members = [0, 1, 2].map((m) => fitLogistic(examples(), { ...options, seed: (options.seed + m * 7919) >>> 0 }))
    const ensemble = fitLogistic(examples(), { ...options, ensemble: 3 })
    const mean = Array.from(members[0]!.weights, (_, i) => (members[0]!.weights[i]! + members[1]!.weights[i]! + members[2]!.weights[i]!) / 3)
    expect(distance(ensemble.weights, mean)).toBeLessThan(1e-9)
    expect([...ensemble.featureIndex]).toEqual([...members[0]!.featureIndex])
    expect(distance(fitLogistic(examples(), { ...options, ensemble: 1 }).weights, members[0]!.weights)).toBe(0)
  })
})

describe("the trainer: the rules' vote hidden from some lines", () => {
  it("hides the same lines on every run, about the share asked for", () => {
    const team = parseCorpus(readFileSync(join(process.cwd(), "test/corpus/errors.jsonl"), "utf8")).map((l) => l.text)
    expect(team.map((t) => hidesRuleVote(t))).toEqual(team.map((t) => hidesRuleVote(t)))
    const share = team.filter((t) => hidesRuleVote(t)).length / team.length
    expect(Math.abs(share - RULE_VOTE_DROPOUT)).toBeLessThan(0.08)
    expect(team.some((t) => hidesRuleVote(t, 0))).toBe(false)
    expect(team.every((t) => hidesRuleVote(t, 1))).toBe(true)
  })
})

describe("team-written training lines (test/corpus/team-written)", () => {
  const files = teamWrittenFiles()
  const lines = files.flatMap((file) => {
    const parsed = parseLabelledLines(readFileSync(join(TEAM_WRITTEN_DIR, file), "utf8"))
    expect(parsed.problems, file).toEqual([])
    return parsed.lines.map((line) => ({ ...line, file }))
  })

  it("are valid corpus lines, the team's own, in all three languages of every class", () => {
    expect(files.length).toBeGreaterThan(0)
    for (const line of lines) expect(line.source, line.text).toMatch(/^team:/)
    for (const category of RECOGNIZER_CLASSES) {
      for (const lang of ["en", "zh-CN", "zh-TW"]) {
        expect(lines.filter((l) => l.category === category && l.lang === lang).length, `${category} ${lang}`).toBeGreaterThanOrEqual(10)
      }
    }
  })

  it("say each thing once", () => {
    const seen = new Map<string, string>()
    for (const line of lines) {
      const key = normalizeErrorText(line.text)
      expect(seen.get(key), `${line.file}: "${line.text}" repeats a line`).toBeUndefined()
      seen.set(key, line.file)
    }
  })

  it("are trained on in every fold and never scored", () => {
    const { lines: training, notes } = loadTrainingLines(null, [])
    expect(notes.some((n) => /team-written training lines: \d+/.test(n))).toBe(true)
    const texts = new Set(lines.map((l) => l.text))
    const included = training.filter((l) => texts.has(l.text))
    expect(included.length).toBeGreaterThan(lines.length * 0.9)
    expect(included.every((l) => l.group === null)).toBe(true)
  })

  const folder = realCorpusDir()
  it.skipIf(!existsSync(join(folder, "train.jsonl")) || !existsSync(join(folder, "dev.jsonl")))("copy no line of the real corpus (train or dev)", () => {
    const real = new Set(
      ["train.jsonl", "dev.jsonl"].flatMap((name) => parseLabelledLines(readFileSync(join(folder, name), "utf8")).lines.map((l) => normalizeErrorText(l.text)))
    )
    expect(lines.filter((l) => real.has(normalizeErrorText(l.text))).map((l) => l.text)).toEqual([])
  })
})
