import { getProfile } from "~src/sites/index"
import type { SiteProfile } from "~src/sites/profile"
import { rankCauses } from "./engine"
import { combineWithRecognizer, recognizerModel, type RecognizerModel } from "./recognizer/index"
import { CAUSES, getCause } from "./registry"
import type { DiagnosisItem, Evidence } from "./types"

export type { CauseDefinition, Recognition, SignalRule } from "./cause"
export { describeEvidence } from "./describe-evidence"
export { evidenceFromPage } from "./evidence-from-page"
export { MAX_DIAGNOSES, MIN_CONFIDENCE } from "./engine"
export { CAUSES, FIXES, getCause, getFix } from "./registry"

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

/**
 * Evidence → ranked causes, most likely first (at most MAX_DIAGNOSES), each with the notes
 * that explain it and its fixes. The rules (src/diagnosis/causes) and the learned recognizer
 * (src/diagnosis/recognizer) both vote; see combineWithRecognizer. Pure and deterministic: no clock, no randomness (time
 * comes from evidence.now).
 */
export function diagnose(evidence: Evidence, options: DiagnoseOptions = {}): DiagnosisItem[] {
  const siteId = evidence?.page?.siteId
  const profile = options.profile !== undefined ? options.profile : siteId ? getProfile(siteId) : null
  const ruleItems = rankCauses(evidence, CAUSES, profile)
  const model = options.model ?? recognizerModel()
  // No model provided (see recognizer/index.ts): the rules alone.
  if (!model) return ruleItems
  return combineWithRecognizer({
    evidence,
    ruleItems,
    rulesWithoutText: () => rankCauses({ ...evidence, errors: [] }, CAUSES, profile),
    rulesOnTextAlone: () => rankCauses({ page: { siteId: evidence.page?.siteId ?? null, step: "unknown" }, errors: evidence.errors ?? [] }, CAUSES, profile),
    model,
    getCause
  })
}
