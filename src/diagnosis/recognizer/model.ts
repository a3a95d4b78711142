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
  format: 1
  classes: RecognizerClass[]
  /** One quantisation step. */
  scale: number
  /** Softmax temperature fitted on held-out folds of the training set (calibration). */
  temperature: number
  /** Per class, quantised. */
  bias: number[]
  features: string[]
  /** Per feature: [classIndex, q, classIndex, q, …]; classes left out weigh 0. */
  weights: number[][]
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
  features: string[]
  weights: number[][]
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

interface CompiledModel {
  index: Map<string, number[]>
}

// Keyed by the feature list, which stays the same object however the layer is passed.
const compiled = new WeakMap<string[], CompiledModel>()

function compile(layer: LinearLayer): CompiledModel {
  let found = compiled.get(layer.features)
  if (!found) {
    const index = new Map<string, number[]>()
    layer.features.forEach((name, i) => index.set(name, layer.weights[i]!))
    found = { index }
    compiled.set(layer.features, found)
  }
  return found
}

/** Raw scores (before temperature) per class and each known feature's contribution per class. */
export function scoreFeatures(layer: LinearLayer & { scale: number }, features: readonly FeatureValue[]): { logits: number[]; contributions: Map<string, number[]> } {
  const model = layer
  const { index } = compile(layer)
  const k = model.classes.length
  const logits = model.bias.map((b) => b * model.scale)
  const contributions = new Map<string, number[]>()
  for (const { name, value } of features) {
    const row = index.get(name)
    if (!row) continue
    const contribution = new Array<number>(k).fill(0)
    for (let j = 0; j < row.length; j += 2) {
      const amount = row[j + 1]! * model.scale * value
      logits[row[j]!]! += amount
      contribution[row[j]!] = amount
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

/** The class chosen from calibrated probabilities: not-error only above its threshold. */
export function chooseClass(classes: readonly RecognizerClass[], probabilities: readonly number[], notErrorThreshold: number): number {
  let best = -1
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] === NOT_ERROR) continue
    if (best < 0 || probabilities[i]! > probabilities[best]!) best = i
  }
  const notError = classes.indexOf(NOT_ERROR)
  if (notError >= 0 && probabilities[notError]! >= notErrorThreshold && probabilities[notError]! > probabilities[best]!) return notError
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
