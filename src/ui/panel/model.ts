import type { Answers, Attempt, DiagnosisItem, FixActionId } from "~src/diagnosis/types"
import type { EnvironmentFacts } from "~src/environment/types"
import type { Locale } from "~src/i18n/locale"
import type { NetworkEvent } from "~src/network/types"
import type { PageState } from "~src/page/types"
import type { ReportV1 } from "~src/report/schema"
import type { SiteProfile } from "~src/sites/profile"
import type { Settings } from "~src/store/settings"

/**
 * Everything the in-page panel shows, computed by the content script's controller
 * (contents/overlay/controller.ts) from the page, the background and the store.
 * The panel renders it and reports the user's choices through PanelActions.
 */
export interface PanelModel {
  locale: Locale
  state: PageState
  profile: SiteProfile | null
  diagnosis: DiagnosisItem[]
  environment: Partial<EnvironmentFacts>
  network: NetworkEvent[]
  settings: Settings
  /** Recent attempts on this site (retry and double-payment guards). */
  attempts: Attempt[]
  /** Fixes already tried on this page, with the answer to "did that help?". */
  tried: { fix: string; outcome: "helped" | "did-not-help" }[]
  /** What the applicant has answered so far (the panel shows the chosen answers). */
  answers: Answers
  /** ISO time the model was computed (portal time, retry waits). */
  now: string
}

export interface PanelActions {
  /** Collapse to the small tab or open the panel; remembered across pages. */
  setCollapsed(collapsed: boolean): void
  /** Switch the panel off for this site (options can switch it back on). */
  hideOnThisSite(): void
  /** "Did that help?" for a fix. */
  recordTried(fix: string, outcome: "helped" | "did-not-help"): void
  /** Runs a fix's one-click action; resolves with a result message id for the panel. */
  runAction(action: FixActionId, context: { fix?: string }): Promise<ActionResult>
  /** Builds the redacted report for the preview (the user may drop items and add a note). */
  buildReport(): ReportV1
  /** Copies the given (already previewed) report as chat text + share code. */
  copyReport(report: ReportV1): Promise<boolean>
  /** The user answered a question (payment method, code received …). */
  answer(answers: Partial<Answers>): void
  /** Remembers that a checklist was dismissed (e.g. "before paying" on this site). */
  dismissChecklist(id: string): void
}

export interface ActionResult {
  ok: boolean
  /** Key in src/ui/panel/messages.ts, normally one of the `action-*` keys. */
  messageId: string
  params?: Record<string, string | number>
}
