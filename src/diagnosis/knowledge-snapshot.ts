import { describeEvidence } from "./describe-evidence"
import { getCause, getFix } from "./registry"
import { evidenceKey, type KnowledgeSnapshot } from "./knowledge-snapshot-shape"
import type { DiagnosisItem } from "./types"

export { evidenceKey, type KnowledgeSnapshot }

/** Builds the snapshot for a diagnosis (background side: it needs the whole knowledge base). */
export function knowledgeSnapshot(items: readonly DiagnosisItem[], extraFixes: readonly string[] = []): KnowledgeSnapshot {
  const snapshot: KnowledgeSnapshot = { causes: {}, fixes: {}, evidence: {} }
  const addFix = (id: string) => {
    const fix = getFix(id)
    if (fix) snapshot.fixes[id] = fix
  }
  for (const item of items) {
    const cause = getCause(item.cause)
    if (cause) {
      snapshot.causes[cause.id] = {
        title: cause.title,
        explanation: cause.explanation,
        technical: cause.technical,
        category: cause.category,
        fixes: cause.fixes
      }
      cause.fixes.forEach(addFix)
    }
    item.fixes.forEach(addFix)
    for (const note of item.evidence) {
      snapshot.evidence[evidenceKey(note)] = { "zh-CN": describeEvidence(note, "zh-CN"), en: describeEvidence(note, "en") }
    }
  }
  extraFixes.forEach(addFix)
  return snapshot
}
