import { CAUSE_RULES } from "./cause-rules.generated"
import { diagnoseWith, type DiagnoseOptions } from "./diagnose"
import type { DiagnosisItem, Evidence } from "./types"

export { evidenceFromPage } from "./evidence-from-page"

/**
 * diagnose() for the background: the same answers as index.ts's (a unit test holds them equal),
 * from the generated table of the causes' rules instead of the cause files, so the script the
 * background loads on every wake carries no cause's words, examples or sources and no fix file
 * (see cause-rules.ts).
 */
export function diagnose(evidence: Evidence, options: DiagnoseOptions = {}): DiagnosisItem[] {
  return diagnoseWith(CAUSE_RULES, evidence, options)
}
