import type { CategoryId } from "../categories"
import { chooseClass, encodeWeights, NOT_ERROR, softmax, type FeatureValue, type LinearLayer, type RecognizerClass, type RecognizerModel } from "./model"

/**
 * Training the recognizer: a multinomial logistic regression fitted by plain stochastic
 * gradient descent with L2 regularisation (Bottou's decaying step, weight decay kept as one
 * scale factor so each step only touches the message's own features). Deterministic: the
 * order of examples comes from a seeded generator, and everything else is fixed arithmetic,
 * so the same data always gives the same model, byte for byte.
 *
 * Pure: no file access. scripts/train-recognizer.ts reads the corpora and writes the model.
 */

export interface TrainingExample {
  features: FeatureValue[]
  label: number
  /** How much this line counts (uncertain labels count less). */
  weight: number
}

export interface FitOptions {
  classes: number
  /** L2 strength per example step. */
  l2: number
  epochs: number
  learningRate: number
  seed: number
  /**
   * Averaged SGD: the weights returned are the mean of the weights at the end of each epoch
   * from this one on (0-based). Plain SGD at this learning rate ends wherever the last few
   * hundred examples of the shuffled order left it, so the model moved with the seed: six
   * seeds gave 68.8–72.3% top-1 on held-out folds of train (three shown in docs/recognizer.md). The mean of the later
   * epochs' weights does not depend on the order nearly as much. Omitted: the last weights.
   */
  averageFromEpoch?: number
  /**
   * How many models to train on the same lines, each in its own order (seeds `seed`,
   * `seed + 7919`, …), whose weights are averaged into one model of the same size (the model is
   * linear, so the average is again one weight per feature and class). What one order of the
   * lines decides alone is a draw: the dev figures of single models moved by two points between
   * seeds, and by as much with the order of the training files. Omitted or 1: one model.
   */
  ensemble?: number
}

export interface DenseModel {
  classes: number
  featureIndex: Map<string, number>
  /** featureIndex.size × classes, row-major. */
  weights: Float64Array
  bias: Float64Array
}

/** mulberry32: small, seeded, and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export function fitLogistic(examples: readonly TrainingExample[], options: FitOptions): DenseModel {
  const members = Math.max(1, Math.floor(options.ensemble ?? 1))
  const first = fitOne(examples, options)
  if (members === 1) return first
  for (let m = 1; m < members; m++) {
    // Every member indexes the features in the order of the examples, so the rows line up.
    const other = fitOne(examples, { ...options, seed: (options.seed + m * 7919) >>> 0 })
    for (let i = 0; i < first.weights.length; i++) first.weights[i]! += other.weights[i]!
    for (let c = 0; c < first.bias.length; c++) first.bias[c]! += other.bias[c]!
  }
  for (let i = 0; i < first.weights.length; i++) first.weights[i]! /= members
  for (let c = 0; c < first.bias.length; c++) first.bias[c]! /= members
  return first
}

function fitOne(examples: readonly TrainingExample[], options: FitOptions): DenseModel {
  const k = options.classes
  const featureIndex = new Map<string, number>()
  for (const example of examples) for (const f of example.features) if (!featureIndex.has(f.name)) featureIndex.set(f.name, featureIndex.size)
  const weights = new Float64Array(featureIndex.size * k)
  const bias = new Float64Array(k)
  const encoded = examples.map((e) => ({ ids: e.features.map((f) => featureIndex.get(f.name)!), values: e.features.map((f) => f.value), label: e.label, weight: e.weight }))
  const random = seededRandom(options.seed)
  const logits = new Float64Array(k)
  let scale = 1
  let t = 0
  const averageFrom = options.averageFromEpoch ?? options.epochs
  const weightSum = new Float64Array(averageFrom < options.epochs ? weights.length : 0)
  const biasSum = new Float64Array(k)
  let averaged = 0
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(encoded, random)) {
      const step = options.learningRate / (1 + options.learningRate * options.l2 * t)
      t++
      for (let c = 0; c < k; c++) logits[c] = bias[c]!
      for (let j = 0; j < example.ids.length; j++) {
        const row = example.ids[j]! * k
        const x = example.values[j]! * scale
        for (let c = 0; c < k; c++) logits[c]! += weights[row + c]! * x
      }
      const p = softmax(Array.from(logits))
      scale *= 1 - step * options.l2
      for (let c = 0; c < k; c++) {
        const gradient = example.weight * (p[c]! - (c === example.label ? 1 : 0))
        if (gradient === 0) continue
        bias[c]! -= step * gradient
        for (let j = 0; j < example.ids.length; j++) weights[example.ids[j]! * k + c]! -= (step * gradient * example.values[j]!) / scale
      }
      if (scale < 1e-6) {
        for (let i = 0; i < weights.length; i++) weights[i]! *= scale
        scale = 1
      }
    }
    if (epoch >= averageFrom) {
      for (let i = 0; i < weights.length; i++) weightSum[i]! += weights[i]! * scale
      for (let c = 0; c < k; c++) biasSum[c]! += bias[c]!
      averaged++
    }
  }
  if (averaged > 0) {
    for (let i = 0; i < weights.length; i++) weights[i] = weightSum[i]! / averaged
    for (let c = 0; c < k; c++) bias[c] = biasSum[c]! / averaged
    return { classes: k, featureIndex, weights, bias }
  }
  for (let i = 0; i < weights.length; i++) weights[i]! *= scale
  return { classes: k, featureIndex, weights, bias }
}

export function denseLogits(model: DenseModel, features: readonly FeatureValue[]): number[] {
  const k = model.classes
  const logits = Array.from(model.bias)
  for (const f of features) {
    const id = model.featureIndex.get(f.name)
    if (id === undefined) continue
    for (let c = 0; c < k; c++) logits[c]! += model.weights[id * k + c]! * f.value
  }
  return logits
}

/** The temperature that minimises held-out log loss (a grid: robust and deterministic). */
export function fitTemperature(logits: readonly number[][], labels: readonly number[]): number {
  let best = { temperature: 1, loss: Number.POSITIVE_INFINITY }
  for (let temperature = 0.3; temperature <= 4.0001; temperature += 0.05) {
    let loss = 0
    logits.forEach((z, i) => {
      loss -= Math.log(Math.max(softmax(z, temperature)[labels[i]!]!, 1e-12))
    })
    if (loss < best.loss - 1e-9) best = { temperature: Math.round(temperature * 100) / 100, loss }
  }
  return best.temperature
}

/**
 * The not-error threshold with the lowest balanced error on held-out folds: the share of
 * not-error lines given a diagnosis (false alarms) plus the share of error lines given none
 * (silences), each class counted as a whole. Counting lines instead let the four times more
 * numerous error lines decide alone, which bought fewer silences with many false alarms.
 */
export function fitNotErrorThreshold(classes: readonly RecognizerClass[], probabilities: readonly number[][], labels: readonly number[]): number {
  const notError = classes.indexOf(NOT_ERROR)
  const notErrorLines = labels.filter((label) => label === notError).length
  const errorLines = labels.length - notErrorLines
  if (notErrorLines === 0 || errorLines === 0) return 0.5
  let best = { threshold: 0.5, cost: Number.POSITIVE_INFINITY }
  for (let step = 2; step <= 36; step++) {
    const threshold = step / 40
    let falseAlarms = 0
    let silences = 0
    probabilities.forEach((p, i) => {
      const saysNotError = chooseClass(classes, p, threshold) === notError
      if (labels[i] === notError && !saysNotError) falseAlarms++
      if (labels[i] !== notError && saysNotError) silences++
    })
    const cost = falseAlarms / notErrorLines + silences / errorLines
    if (cost < best.cost - 1e-9) best = { threshold, cost }
  }
  return best.threshold
}

/** Quantised, pruned to the `maxFeatures` strongest, features in sorted order. */
export function exportLayer(dense: DenseModel, classes: string[], scale: number, maxFeatures: number, minMagnitude = 1): LinearLayer {
  const k = dense.classes
  const q = (w: number) => {
    const v = Math.round(w / scale)
    return v === 0 ? 0 : v // no "-0" in the JSON
  }
  const rows: { name: string; strength: number; row: number[] }[] = []
  for (const [name, id] of dense.featureIndex) {
    const row: number[] = []
    let strength = 0
    for (let c = 0; c < k; c++) {
      const v = q(dense.weights[id * k + c]!)
      if (Math.abs(v) >= minMagnitude) row.push(c, v)
      strength = Math.max(strength, Math.abs(v))
    }
    if (row.length > 0) rows.push({ name, strength, row })
  }
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  rows.sort((a, b) => b.strength - a.strength || byName(a, b))
  const kept = rows.slice(0, maxFeatures).sort(byName)
  const weights: number[] = []
  for (const r of kept) weights.push(r.row.length / 2, ...r.row)
  return { classes, bias: Array.from(dense.bias, q), features: kept.map((r) => r.name).join("\n"), weights: encodeWeights(weights) }
}

export interface ExportOptions {
  classes: RecognizerClass[]
  temperature: number
  notErrorThreshold: number
  defaultCause: Partial<Record<CategoryId, string>>
  training: RecognizerModel["training"]
  /** Quantisation step for weights. */
  scale: number
  /** Keep at most this many features, those with the largest weights. */
  maxFeatures: number
  /** Drop weights smaller than this many quantisation steps. */
  minMagnitude: number
}

/** The committed form: quantised, pruned, features in a stable (sorted) order. */
export function exportModel(dense: DenseModel, options: ExportOptions): RecognizerModel {
  const layer = exportLayer(dense, options.classes, options.scale, options.maxFeatures, options.minMagnitude)
  return {
    format: 2,
    classes: options.classes,
    scale: options.scale,
    temperature: options.temperature,
    bias: layer.bias,
    features: layer.features,
    weights: layer.weights,
    defaultCause: options.defaultCause,
    notErrorThreshold: options.notErrorThreshold,
    training: options.training
  }
}
