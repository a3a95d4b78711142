import { stepIndex, type FlowStep } from "~src/flow/steps"
import { GENERIC_PROFILE } from "~src/sites/generic"
import type { SiteProfile, StepRule } from "~src/sites/profile"

import { autofillFieldSelector, createPageReader, type PageReader } from "./page-reader"
import type { DetectedStep } from "./types"

/**
 * Which step of the payment flow a page shows. Every rule of the site's profile and of the
 * generic profile is scored against the page; the step with the most weight wins. A rule
 * scores once per kind of criterion that matches (URL, selector, landmark text,
 * autocomplete token), times its weight. Generic rules count for less on a known site: the
 * site's own rules know it better.
 */

/** How much generic rules count when the site has its own profile. */
const GENERIC_FACTOR_ON_KNOWN_SITE = 0.6
const MAX_EVIDENCE = 20
const MAX_EVIDENCE_PER_KIND = 3

interface WeightedRule {
  rule: StepRule
  factor: number
  generic: boolean
}

function rulesFor(profile: SiteProfile | null): WeightedRule[] {
  const own = profile && profile.id !== GENERIC_PROFILE.id ? profile.steps : []
  const genericFactor = own.length > 0 ? GENERIC_FACTOR_ON_KNOWN_SITE : 1
  return [
    ...own.map((rule) => ({ rule, factor: 1, generic: false })),
    ...GENERIC_PROFILE.steps.map((rule) => ({ rule, factor: genericFactor, generic: true }))
  ]
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

  for (const { rule, factor, generic } of rulesFor(profile)) {
    if (rule.step === "unknown") continue
    const kinds = matchRule(rule, page, target)
    if (kinds.length === 0) continue
    const step = rule.step as FlowStep
    scores.set(step, (scores.get(step) ?? 0) + kinds.length * (rule.weight ?? 1) * factor)
    const notes = evidence.get(step) ?? []
    for (const kind of kinds) {
      for (const note of kind.slice(0, MAX_EVIDENCE_PER_KIND)) notes.push(generic ? `generic ${note}` : note)
    }
    evidence.set(step, notes)
  }

  const ranked = [...scores.entries()].sort(
    // Ties go to the later step: a page showing a result has moved past the form it came from.
    (a, b) => b[1] - a[1] || stepIndex(b[0]) - stepIndex(a[0])
  )
  if (ranked.length === 0) return { id: "unknown", confidence: 0, evidence: [] }
  const [bestStep, best] = ranked[0]
  const runnerUp = ranked[1]?.[1] ?? 0
  const margin = (best - runnerUp) / best
  return {
    id: bestStep,
    confidence: round2(strength(best) * (0.5 + 0.5 * margin)),
    evidence: [...new Set(evidence.get(bestStep))].slice(0, MAX_EVIDENCE).map((e) => e.slice(0, 300))
  }
}
