import { stepIndex, type FlowStep } from "~src/flow/steps"
import { GENERIC_PROFILE_ID, genericSteps } from "~src/sites/generic-rules"
import type { SiteProfile, StepRule } from "~src/sites/profile"

import { autofillFieldSelector, createPageReader, type PageReader } from "./page-reader"
import { showsCardFields } from "./page-signals"
import type { ReadingWords } from "./reading-words"
import { stepEvidenceFromContent } from "./step-from-content"
import { stepNote } from "./step-notes"
import type { DetectedStep } from "./types"

/**
 * Which step of the payment flow a page shows. Every rule of the site's profile and of the
 * generic profile is scored against the page; the step with the most weight wins. A rule
 * scores once per kind of criterion that matches (URL, selector, landmark text,
 * autocomplete token), times its weight. Generic rules count for less on a known site whose
 * own rules know the address: the site's rules know it better. Where none of them knows the
 * path, the page's content decides at full weight. What the page states about the payment
 * (step-from-content.ts) counts too, and outweighs an address: a declined payment rendered
 * on the card form's URL is a result page. Structure that means the same step on any host
 * (card fields and gateway card frames, one-time-code inputs, 3-D Secure frames) counts in
 * full everywhere. Evidence too weak to tell gives `unknown` rather than a confident guess.
 */

/** How much generic rules count when the site has its own profile. */
const GENERIC_FACTOR_ON_KNOWN_SITE = 0.6
const MAX_EVIDENCE = 20
const MAX_EVIDENCE_PER_KIND = 3
/** Below this score no step is named: one generic landmark on a known site is not enough. */
const MIN_SCORE = 0.7
/** Steps whose structure (not words) is the same on every host. */
const STRUCTURAL_STEPS = new Set<string>(["card-entry", "verification"])

interface WeightedRule {
  rule: StepRule
  factor: number
  generic: boolean
}

function ownRules(profile: SiteProfile | null): StepRule[] {
  return profile && profile.id !== GENERIC_PROFILE_ID ? profile.steps : []
}

/** Whether any of the site's own rules knows this address. */
function knowsPath(own: readonly StepRule[], target: string): boolean {
  return own.some((rule) =>
    (rule.url ?? []).some((re) => {
      re.lastIndex = 0
      return re.test(target)
    })
  )
}

const genericRulesByWords = new WeakMap<ReadingWords, StepRule[]>()

/**
 * The generic rules, from the selectors and phrases the reading words bring (without them, a
 * page is read by its own profile's rules and its content alone). Built once per set of
 * words, not on every reading of the page.
 */
function genericRules(words: ReadingWords | null): StepRule[] {
  if (!words) return []
  let rules = genericRulesByWords.get(words)
  if (!rules) {
    rules = genericSteps(words.genericSelectors, words.stepPhrases)
    genericRulesByWords.set(words, rules)
  }
  return rules
}

function rulesFor(own: readonly StepRule[], pathKnown: boolean, words: ReadingWords | null): WeightedRule[] {
  const genericFactor = own.length > 0 && pathKnown ? GENERIC_FACTOR_ON_KNOWN_SITE : 1
  return [
    ...own.map((rule) => ({ rule, factor: 1, generic: false })),
    ...genericRules(words).map((rule) => ({ rule, factor: genericFactor, generic: true }))
  ]
}

/** How much one matched kind of criterion counts: generic card and code structure counts in full on any host. */
function kindFactor({ rule, factor, generic }: WeightedRule, kind: string): number {
  return generic && kind !== "text" && STRUCTURAL_STEPS.has(rule.step) ? 1 : factor
}

/** The evidence each criterion of a rule finds on the page, by kind. */
function matchRule(rule: StepRule, page: PageReader, target: string): string[][] {
  const kinds: string[][] = []
  const urls = (rule.url ?? []).filter((re) => {
    re.lastIndex = 0 // a /g regex in profile data must not remember the previous page
    return re.test(target)
  })
  if (urls.length) kinds.push(urls.map((re) => `url ${re}`))

  const selectors = (rule.selectors ?? []).filter((s) => page.firstVisible(s) !== null)
  if (selectors.length) kinds.push(selectors.map((s) => `selector ${s}`))

  const phrases = (rule.text ?? []).filter((phrase) => page.hasPhrase(phrase))
  if (phrases.length) kinds.push(phrases.map((p) => `text "${p}"`))

  const tokens = (rule.autocomplete ?? []).filter((token) => page.firstVisible(autofillFieldSelector(token)) !== null)
  if (tokens.length) kinds.push(tokens.map((t) => `autocomplete ${t}`))
  return kinds
}

/** 1 − e^(−score): one matching criterion ≈ 0.63, two ≈ 0.86, three ≈ 0.95. */
function strength(score: number): number {
  return 1 - Math.exp(-score)
}

const round2 = (n: number) => Math.round(n * 100) / 100

export function detectStep(doc: Document, url: URL, profile: SiteProfile | null, reader?: PageReader): DetectedStep {
  const page = reader ?? createPageReader(doc)
  const target = url.pathname + url.search + url.hash
  const scores = new Map<FlowStep, number>()
  const evidence = new Map<FlowStep, string[]>()

  const own = ownRules(profile)
  const pathKnown = knowsPath(own, target)
  const add = (step: FlowStep, score: number, notes: string[]) => {
    scores.set(step, (scores.get(step) ?? 0) + score)
    evidence.set(step, [...(evidence.get(step) ?? []), ...notes])
  }
  for (const weighted of rulesFor(own, pathKnown, page.words)) {
    const { rule, generic } = weighted
    if (rule.step === "unknown") continue
    const kinds = matchRule(rule, page, target)
    if (kinds.length === 0) continue
    let score = 0
    const notes: string[] = []
    for (const kind of kinds) {
      score += (rule.weight ?? 1) * kindFactor(weighted, kind[0].slice(0, kind[0].indexOf(" ")))
      for (const note of kind.slice(0, MAX_EVIDENCE_PER_KIND)) notes.push(generic ? `generic ${note}` : note)
    }
    add(rule.step as FlowStep, score, notes)
  }
  const showsCardForm = showsCardFields(page)
  for (const found of stepEvidenceFromContent(page, showsCardForm)) add(found.step, found.score, found.notes)
  // Said once, on whichever step won: the site's rules had nothing for this address.
  const contentNote = !pathKnown && own.some((rule) => (rule.url ?? []).length > 0) ? [stepNote.content()] : []

  const ranked = [...scores.entries()].sort(
    // Ties go to the later step: a page showing a result has moved past the form it came from.
    (a, b) => b[1] - a[1] || stepIndex(b[0]) - stepIndex(a[0])
  )
  if (ranked.length === 0) return { id: "unknown", confidence: 0, evidence: [] }
  const [bestStep, best] = ranked[0]
  const notes = [...new Set(evidence.get(bestStep))]
  if (best < MIN_SCORE) return { id: "unknown", confidence: 0, evidence: [stepNote.tooWeak(bestStep), ...notes].slice(0, MAX_EVIDENCE).map((e) => e.slice(0, 300)) }
  const runnerUp = ranked[1]?.[1] ?? 0
  const margin = (best - runnerUp) / best
  return {
    id: bestStep,
    confidence: round2(strength(best) * (0.5 + 0.5 * margin)),
    evidence: [...notes, ...contentNote].slice(0, MAX_EVIDENCE).map((e) => e.slice(0, 300))
  }
}
