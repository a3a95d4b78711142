import { describe, expect, it } from "vitest"

import { fitLogistic, type FitOptions, type TrainingExample } from "~src/diagnosis/recognizer/train"

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
