import { diagnoseWith, type DiagnoseOptions } from "./diagnose"
import { CAUSES } from "./registry"
import type { DiagnosisItem, Evidence } from "./types"

export type { CauseDefinition, Recognition, SignalRule } from "./cause"
export type { DiagnoseOptions } from "./diagnose"
export { describeEvidence } from "./describe-evidence"
export { evidenceFromPage } from "./evidence-from-page"
export { MAX_DIAGNOSES, MIN_CONFIDENCE } from "./engine"
export { CAUSES, FIXES, getCause, getFix } from "./registry"

/**
 * Evidence → ranked causes, judged by the cause files (src/diagnosis/causes) and the
 * recognizer: see diagnoseWith. The background runs the same over the generated rules table
 * (rules-only.ts), which leaves the causes' words, examples and sources out of its script.
 */
export function diagnose(evidence: Evidence, options: DiagnoseOptions = {}): DiagnosisItem[] {
  return diagnoseWith(CAUSES, evidence, options)
}
