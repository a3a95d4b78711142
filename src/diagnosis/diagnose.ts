import { getProfile } from "~src/sites/index"
import type { SiteProfile } from "~src/sites/profile"
import type { CauseRules } from "./cause-rules"
import { rankCauses } from "./engine"
import { combineWithRecognizer, recognizerModel, type RecognizerModel } from "./recognizer/index"
import type { DiagnosisItem, Evidence } from "./types"

export interface DiagnoseOptions {
  /**
   * The site profile to judge against (accepted methods, maintenance windows, browser
   * minimums). Defaults to the profile of evidence.page.siteId; pass null for none.
   */
  profile?: SiteProfile | null
  /**
   * The recognizer to vote with; defaults to the one provided (src/diagnosis/recognizer/index.ts),
   * and with none, the rules answer alone. scripts/cv-diagnosis.ts passes the models
   * of its cross-validation folds, to choose the combination's levels on held-out train lines.
   */
  model?: RecognizerModel
}

const indexes = new WeakMap<readonly CauseRules[], Map<string, CauseRules>>()

function byId(causes: readonly CauseRules[]): Map<string, CauseRules> {
  let index = indexes.get(causes)
  if (!index) indexes.set(causes, (index = new Map(causes.map((cause) => [cause.id, cause]))))
  return index
}

/**
 * Evidence → ranked causes, most likely first (at most MAX_DIAGNOSES), each with the notes
 * that explain it and its fixes, judged by these causes' rules: the cause files themselves
 * (index.ts) or the table generated from them (rules-only.ts), which give the same answers.
 * The rules and the learned recognizer (src/diagnosis/recognizer) both vote; see
 * combineWithRecognizer. Pure and deterministic: no clock, no randomness (time comes from
 * evidence.now).
 */
export function diagnoseWith(causes: readonly CauseRules[], evidence: Evidence, options: DiagnoseOptions = {}): DiagnosisItem[] {
  const siteId = evidence?.page?.siteId
  const profile = options.profile !== undefined ? options.profile : siteId ? getProfile(siteId) : null
  const ruleItems = rankCauses(evidence, causes, profile)
  const model = options.model ?? recognizerModel()
  // No model provided (see recognizer/index.ts): the rules alone.
  if (!model) return ruleItems
  const index = byId(causes)
  return combineWithRecognizer({
    evidence,
    ruleItems,
    rulesWithoutText: () => rankCauses({ ...evidence, errors: [] }, causes, profile),
    rulesOnTextAlone: () => rankCauses({ page: { siteId: evidence.page?.siteId ?? null, step: "unknown" }, errors: evidence.errors ?? [] }, causes, profile),
    model,
    getCause: (id) => index.get(id)
  })
}
