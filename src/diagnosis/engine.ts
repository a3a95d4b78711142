import type { SiteProfile } from "~src/sites/profile"
import type { CauseRules } from "./cause-rules"
import { extractCodes, type FoundCode } from "./extract-codes"
import { normalizeErrorText } from "./normalize-text"
import { probeSignal, type SignalContext } from "./signals"
import type { DiagnosisItem, Evidence, EvidenceNote } from "./types"

/** At most this many causes are shown: more would bury the likely one. */
export const MAX_DIAGNOSES = 5
/** Causes below this are noise. */
export const MIN_CONFIDENCE = 0.25
/** A fallback cause is dropped once a specific cause reaches this. */
export const MIN_SPECIFIC_CONFIDENCE = 0.5
/** Only the first errors are read: pages rarely show more, and the work stays bounded. */
export const MAX_ERRORS_READ = 20

const TEXT_WEIGHT = 0.85
const CONCEPT_WEIGHT = 0.75
const HINT_WEIGHT = 0.5
const CODE_WEIGHT = 0.85
/** Each further matching phrase makes the text a little more certain (capped). */
const EXTRA_PHRASE_BONUS = 0.04
const MAX_EXTRA_PHRASES = 3
/** A cause seen at a step where it does not occur is less likely, not impossible. */
const OFF_STEP_FACTOR = 0.85
const ON_STEP_BONUS = 0.1
const SNIPPET_LENGTH = 160

interface ReadError {
  raw: string
  normalized: string
  codes: FoundCode[]
}

function readErrors(evidence: Evidence): ReadError[] {
  return (evidence.errors ?? []).slice(0, MAX_ERRORS_READ).map((error) => {
    const raw = typeof error.text === "string" ? error.text : ""
    const normalized = normalizeErrorText(raw)
    return { raw, normalized, codes: extractCodes(normalized, error.code) }
  })
}

const snippet = (text: string) => {
  const collapsed = text.replace(/\s+/g, " ").trim()
  return collapsed.length > SNIPPET_LENGTH ? `${collapsed.slice(0, SNIPPET_LENGTH - 1)}…` : collapsed
}

const countMatches = (patterns: RegExp[] | undefined, text: string) => (patterns ?? []).reduce((n, p) => (p.test(text) ? n + 1 : n), 0)

function textEvidence(cause: CauseRules, errors: ReadError[]): { weight: number; note: EvidenceNote } | null {
  let best: { weight: number; note: EvidenceNote } | null = null
  for (const error of errors) {
    if (!error.normalized) continue
    if (cause.recognition.exclude?.some((p) => p.test(error.normalized))) continue
    const strong = countMatches(cause.recognition.text, error.normalized)
    const concepts = (cause.recognition.concepts ?? []).reduce((n, all) => (all.every((p) => p.test(error.normalized)) ? n + 1 : n), 0)
    const weak = countMatches(cause.recognition.hints, error.normalized)
    if (strong + concepts + weak === 0) continue
    const base = strong > 0 ? TEXT_WEIGHT : concepts > 0 ? CONCEPT_WEIGHT : HINT_WEIGHT
    const extra = Math.min(strong + concepts + weak - 1, MAX_EXTRA_PHRASES) * EXTRA_PHRASE_BONUS
    const weight = base + extra
    if (!best || weight > best.weight) best = { weight, note: { kind: "text", id: "page-said", params: { text: snippet(error.raw) } } }
  }
  return best
}

function codeEvidence(cause: CauseRules, errors: ReadError[]): EvidenceNote[] {
  const wanted = cause.recognition.codes
  if (!wanted) return []
  const notes = new Map<string, EvidenceNote>()
  for (const error of errors) {
    if (cause.recognition.exclude?.some((p) => p.test(error.normalized))) continue
    for (const code of error.codes) {
      if (wanted[code.scheme]?.includes(code.value)) {
        notes.set(`${code.scheme}:${code.value}`, { kind: "code", id: `code-${code.scheme}`, params: { code: code.value } })
      }
    }
  }
  return [...notes.values()]
}

function scoreCause(cause: CauseRules, errors: ReadError[], context: SignalContext): DiagnosisItem | null {
  const weights: number[] = []
  const notes: EvidenceNote[] = []

  const text = textEvidence(cause, errors)
  if (text) {
    weights.push(text.weight)
    notes.push(text.note)
  }
  for (const note of codeEvidence(cause, errors)) {
    weights.push(CODE_WEIGHT)
    notes.push(note)
  }
  const supporting: { weight: number; note: EvidenceNote }[] = []
  for (const rule of cause.recognition.signals ?? []) {
    const note = probeSignal(context, rule)
    if (!note) continue
    if (rule.supportOnly) supporting.push({ weight: rule.weight, note })
    else {
      weights.push(rule.weight)
      notes.push(note)
    }
  }
  if (weights.length === 0) return null
  for (const s of supporting) {
    weights.push(s.weight)
    notes.push(s.note)
  }

  let confidence = 1 - weights.reduce((rest, w) => rest * (1 - Math.min(Math.max(w, 0), 1)), 1)
  const step = context.evidence.page?.step
  const steps = cause.recognition.steps
  if (steps && step && step !== "unknown") {
    if (steps.includes(step)) {
      confidence += (1 - confidence) * ON_STEP_BONUS
      notes.push({ kind: "step", id: "at-step", params: { step } })
    } else confidence *= OFF_STEP_FACTOR
  }
  confidence = Math.round(Math.min(confidence, 0.99) * 1000) / 1000
  if (confidence < MIN_CONFIDENCE) return null
  return { cause: cause.id, category: cause.category, confidence, evidence: notes, fixes: [...cause.fixes] }
}

/**
 * Ranks the causes for one piece of evidence. Pure and deterministic: the same evidence,
 * causes and profile always give the same list, most likely first.
 */
export function rankCauses(evidence: Evidence, causes: readonly CauseRules[], profile: SiteProfile | null): DiagnosisItem[] {
  const errors = readErrors(evidence)
  const context: SignalContext = { evidence, profile }
  const order = new Map(causes.map((c, i) => [c.id, i]))
  const fallbackIds = new Set(causes.filter((c) => c.fallback).map((c) => c.id))

  const items: DiagnosisItem[] = []
  for (const cause of causes) {
    const item = scoreCause(cause, errors, context)
    if (item) items.push(item)
  }
  // Higher confidence first; on a tie, the cause listed earlier (more specific) wins.
  items.sort((a, b) => b.confidence - a.confidence || (order.get(a.cause) ?? 0) - (order.get(b.cause) ?? 0))
  const specificFound = items.some((item) => !fallbackIds.has(item.cause) && item.confidence >= MIN_SPECIFIC_CONFIDENCE)
  return items.filter((item) => !(specificFound && fallbackIds.has(item.cause))).slice(0, MAX_DIAGNOSES)
}
