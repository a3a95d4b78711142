import type { CategoryId } from "../categories"

/** What the recognizer answers besides the 13 categories: the text is not an error at all. */
export const NOT_ERROR = "not-error"
export type RecognizerClass = CategoryId | typeof NOT_ERROR

/**
 * The trained recognizer as it is committed (src/diagnosis/recognizer/model-data.ts, written by
 * `npm run train:recognizer`): a sparse multinomial logistic regression over named features,
 * its weights quantised to integers (value = q × scale) and only the ones that matter kept.
 */
export interface RecognizerModel {
  format: 2
  classes: RecognizerClass[]
  /** One quantisation step. */
  scale: number
  /** Softmax temperature fitted on held-out folds of the training set (calibration). */
  temperature: number
  /** Per class, quantised. */
  bias: number[]
  /** Feature names in sorted (code unit) order, one per line: looked up by binary search, no index to build. */
  features: string
  /**
   * Per feature in order: n, then n pairs classIndex, q (classes left out weigh 0), as 16-bit
   * little-endian integers in base64: decoded in a few milliseconds, where the same numbers as a
   * JSON array took tens of milliseconds to parse at a cold start.
   */
  weights: string
  /** The cause a category's vote points at when no rule named a cause of that category: its most general one. */
  defaultCause: Partial<Record<CategoryId, string>>
  /** Say "not an error" only when that class is at least this likely (chosen by cross-validation on train). */
  notErrorThreshold: number
  /** How the model was made, for docs and the eval output. */
  training: Record<string, string | number | boolean>
}

export interface LinearLayer {
  classes: string[]
  bias: number[]
  features: string
  /** As in RecognizerModel: base64 of 16-bit little-endian integers. */
  weights: string
}

export interface FeatureValue {
  name: string
  value: number
  /** The words of the message this feature came from (for the evidence note). */
  piece?: string
}

export interface Recognition {
  /** Calibrated probabilities, in model.classes order. */
  probabilities: number[]
  classes: RecognizerClass[]
  /** The most likely class after the not-error threshold. */
  best: RecognizerClass
  bestProbability: number
  /** The text features that pushed hardest towards `best`, strongest first. */
  topFeatures: string[]
}

/** 16-bit signed integers → base64, little-endian whatever the machine (the model file is the same everywhere). */
export function encodeWeights(values: readonly number[]): string {
  let binary = ""
  const CHUNK = 8192
  for (let start = 0; start < values.length; start += CHUNK) {
    const bytes: number[] = []
    for (const v of values.slice(start, start + CHUNK)) {
      if (!Number.isInteger(v) || v < -32768 || v > 32767) throw new RangeError(`weight ${v} does not fit 16 bits`)
      bytes.push(v & 0xff, (v >> 8) & 0xff)
    }
    binary += String.fromCharCode(...bytes)
  }
  return btoa(binary)
}

/** Whether this machine stores a 16-bit integer's low byte first, as the model file does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

type Uint8ArrayWithBase64 = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array }

export function decodeWeights(base64: string): Int16Array {
  // Where the engine decodes base64 itself (Chromium and Firefox today, not Node 20), the bytes
  // are the weights as they are: no per-byte loop over half a megabyte on the background's
  // first diagnosis, which a sleeping worker pays for when it wakes. Bad text throws either way.
  const native = Uint8Array as Uint8ArrayWithBase64
  if (typeof native.fromBase64 === "function" && LITTLE_ENDIAN) {
    const bytes = native.fromBase64(base64)
    if (bytes.byteOffset % 2 === 0 && bytes.length % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1)
  }
  const binary = atob(base64)
  const out = new Int16Array(binary.length >> 1)
  for (let i = 0; i < out.length; i++) out[i] = ((binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8)) << 16) >> 16
  return out
}

interface CompiledModel {
  /** Feature names, sorted. */
  names: string[]
  /** Offset of each feature's row in `weights`, in the order of `names`. */
  offsets: Int32Array
  weights: Int16Array
}

// Keyed by the weights text, which stays the same string however the layer is passed; a few
// layers at most (the committed model; the trainer's folds).
const compiled = new Map<string, CompiledModel>()
const MAX_COMPILED = 8

function compile(layer: LinearLayer): CompiledModel {
  let found = compiled.get(layer.weights)
  if (!found) {
    const names = layer.features ? layer.features.split("\n") : []
    const weights = decodeWeights(layer.weights)
    const offsets = new Int32Array(names.length)
    let offset = 0
    for (let i = 0; i < names.length; i++) {
      offsets[i] = offset
      offset += 1 + 2 * weights[offset]!
    }
    found = { names, offsets, weights }
    if (compiled.size >= MAX_COMPILED) compiled.clear()
    compiled.set(layer.weights, found)
  }
  return found
}

/** Row offset of a feature, or -1: binary search over the sorted names. */
function rowOf(model: CompiledModel, name: string): number {
  let low = 0
  let high = model.names.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const probe = model.names[middle]!
    if (probe === name) return model.offsets[middle]!
    if (probe < name) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/** Number of features in a layer. */
export const featureCount = (layer: LinearLayer) => (layer.features ? layer.features.split("\n").length : 0)

/** Raw scores (before temperature) per class and each known feature's contribution per class. */
export function scoreFeatures(layer: LinearLayer & { scale: number }, features: readonly FeatureValue[]): { logits: number[]; contributions: Map<string, number[]> } {
  const model = layer
  const compiledModel = compile(layer)
  const k = model.classes.length
  const logits = model.bias.map((b) => b * model.scale)
  const contributions = new Map<string, number[]>()
  const w = compiledModel.weights
  for (const { name, value } of features) {
    const offset = rowOf(compiledModel, name)
    if (offset < 0) continue
    const contribution = new Array<number>(k).fill(0)
    const end = offset + 1 + 2 * w[offset]!
    for (let j = offset + 1; j < end; j += 2) {
      const amount = w[j + 1]! * model.scale * value
      logits[w[j]!]! += amount
      contribution[w[j]!] = amount
    }
    contributions.set(name, contribution)
  }
  return { logits, contributions }
}

export function softmax(logits: readonly number[], temperature = 1): number[] {
  const scaled = logits.map((z) => z / temperature)
  const max = Math.max(...scaled)
  const exps = scaled.map((z) => Math.exp(z - max))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map((e) => e / sum)
}

/**
 * The class chosen from calibrated probabilities: "not an error" whenever that class is at least
 * `notErrorThreshold` likely, even when one error category alone is likelier (the threshold is
 * chosen on held-out folds to weigh a false alarm against a silence; see train.ts); otherwise
 * the likeliest error category.
 */
export function chooseClass(classes: readonly RecognizerClass[], probabilities: readonly number[], notErrorThreshold: number): number {
  let best = -1
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === NOT_ERROR) continue
    if (best < 0 || probabilities[i]! > probabilities[best]!) best = i
  }
  const notError = classes.indexOf(NOT_ERROR)
  if (notError >= 0 && probabilities[notError]! >= notErrorThreshold) return notError
  return best
}

const MAX_EVIDENCE_FEATURES = 4

export function recognize(model: RecognizerModel, features: readonly FeatureValue[]): Recognition {
  const { logits, contributions } = scoreFeatures(model, features)
  const probabilities = softmax(logits, model.temperature)
  const bestIndex = chooseClass(model.classes, probabilities, model.notErrorThreshold)
  // How far each piece of the message (a word, a word pair, a Chinese n-gram) pushed towards
  // the chosen class rather than towards the others on average.
  const k = model.classes.length
  const pushByPiece = new Map<string, number>()
  for (const { name, piece } of features) {
    const contribution = contributions.get(name)
    if (!contribution || !piece) continue
    const mean = contribution.reduce((a, b) => a + b, 0) / k
    pushByPiece.set(piece, (pushByPiece.get(piece) ?? 0) + contribution[bestIndex]! - mean)
  }
  const pushes = [...pushByPiece].filter(([, push]) => push > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const topFeatures: string[] = []
  for (const [text] of pushes) {
    // A longer piece already shown covers its parts; a part already shown is not repeated.
    if (topFeatures.some((shown) => shown.includes(text) || text.includes(shown))) continue
    topFeatures.push(text)
    if (topFeatures.length >= MAX_EVIDENCE_FEATURES) break
  }
  return { probabilities, classes: model.classes, best: model.classes[bestIndex]!, bestProbability: probabilities[bestIndex]!, topFeatures }
}
