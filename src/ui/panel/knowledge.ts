import type { CauseText } from "~src/diagnosis/cause-texts"
import type { EvidenceNote, FixDefinition } from "~src/diagnosis/types"
import type { Locale } from "~src/i18n/locale"
import type { TextSegment } from "~src/report/redaction-marks"
import type { ReportV1 } from "~src/report/schema"

/** What the panel needs to know about a cause: its words and fixes (src/diagnosis/cause-texts.ts). */
export type { CauseText }

/** One part of the report preview, which the applicant may leave out. */
export interface PreviewItem {
  id: string
  label: string
  segments: TextSegment[]
  /** False for the parts a report cannot do without (site, step, time, diagnosis). */
  removable?: boolean
}

/**
 * The lookups the panel makes into the knowledge base and the report module. The panel
 * receives them as one object (default: ./default-knowledge.ts, wired to src/diagnosis and
 * src/report) so its tests can pin the words they assert on, independent of the knowledge
 * base's wording as it grows.
 */
export interface PanelKnowledge {
  cause(id: string): CauseText | undefined
  fix(id: string): FixDefinition | undefined
  describeEvidence(note: EvidenceNote, locale: Locale): string
  previewItems(report: ReportV1, locale: Locale): PreviewItem[]
  withoutItems(report: ReportV1, ids: readonly string[]): ReportV1
  withNote(report: ReportV1, note: string): ReportV1
  /**
   * The exact text copyReport puts on the clipboard for this report, or null while the code
   * that writes it is still loading (see chatTextReady).
   */
  chatText(report: ReportV1, locale: Locale): string | null
  /**
   * Resolves once chatText gives text; rejects when its code cannot be loaded. Absent when
   * chatText always gives text (tests; Node).
   */
  chatTextReady?(): Promise<void>
}
