import type { DiagnosisItem } from "../types"
import { featuresWithPieces } from "./features"
import type { FeatureValue } from "./model"

/**
 * One message as the recognizer's input: its text features (each 1/√n, so long and short
 * messages weigh alike) and the rules' vote (the confidence the rules gave each category),
 * so that the model learns from real messages how far to trust a pattern that matched.
 */
export function textFeatureValues(raw: string): FeatureValue[] {
  const pieces = featuresWithPieces(raw)
  const names = [...pieces.keys()]
  // Cue and length features (k:, n:) are one each per text: they keep full weight.
  const grams = names.filter((name) => !/^[kn]:/.test(name)).length
  const value = 1 / Math.sqrt(Math.max(grams, 1))
  return names.map((name) => ({ name, value: /^[kn]:/.test(name) ? 1 : value, piece: pieces.get(name) || undefined }))
}

export function ruleFeatureValues(ruleItems: readonly DiagnosisItem[]): FeatureValue[] {
  if (ruleItems.length === 0) return [{ name: "r:none", value: 1 }]
  const best = new Map<string, number>()
  for (const item of ruleItems) best.set(item.category, Math.max(best.get(item.category) ?? 0, item.confidence))
  const out: FeatureValue[] = [...best].map(([category, confidence]) => ({ name: `r:${category}`, value: confidence }))
  out.push({ name: `r1:${ruleItems[0]!.category}`, value: 1 })
  return out
}

export function recognizerInput(raw: string, ruleItems: readonly DiagnosisItem[]): FeatureValue[] {
  return [...textFeatureValues(raw), ...ruleFeatureValues(ruleItems)]
}
