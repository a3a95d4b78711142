import type { Answers, Attempt, DiagnosisItem } from "~src/diagnosis/types"
import type { PageOnlyEnvironment } from "~src/environment/split-input"
import type { EnvironmentFacts } from "~src/environment/types"
import type { NetworkEvent } from "~src/network/types"
import type { PageState } from "~src/page/types"
import type { WireProfile } from "~src/sites/wire"

/**
 * Messages between the extension's contexts. The background checks the sender is our own
 * extension (sender.id === runtime.id) and answers only about the sender's tab.
 */
export type Message =
  /** content → background: the page's current state (drives the badge and the popup). */
  | { type: "page-state"; state: PageState; topCause: string | null }
  /** content → background: what the background knows about this tab (and the profiles of its host). */
  | { type: "get-tab-context" }
  /**
   * content → background: diagnose what the page shows. The knowledge base lives in the
   * background (and in the panel's extension frame), never in the page.
   */
  | { type: "analyse"; state: PageState; environment: PageEnvironmentInput; answers: Answers }
  /** content → background: a payment attempt ended (or its result is unknown). */
  | { type: "record-attempt"; attempt: Attempt }
  /** content/panel → background: a fix was tried, with the applicant's answer. */
  | { type: "record-tried"; siteId: string | null; fix: string; outcome: "helped" | "did-not-help" }
  /** panel → background: clear cache + cookies of the current site's origins only. */
  | { type: "clear-site-data"; origins: string[] }
  /** popup → background: the active tab's state as last reported. */
  | { type: "get-active-tab-state"; tabId: number }
  /** popup → content: open the panel / open it at the report preview. */
  | { type: "panel-command"; command: "open" | "copy-report" }
  /** gateway frame → background → top frame: what a payment frame shows. */
  | { type: "frame-state"; state: PageState }
  /** content → background: change settings (panel state, per-site off, dismissed checklists). */
  | { type: "update-settings"; patch: Partial<import("~src/store/settings").Settings> }
  /** background → content (top frame): the tab's network evidence changed. */
  | { type: "tab-network"; network: NetworkEvent[] }
  /** side panel → content (top frame): the panel's current model, to show the same view. */
  | { type: "get-panel-view" }
  /** side panel → content: run one of the panel's actions in the page's panel. */
  | { type: "panel-action"; action: "setCollapsed" | "hideOnThisSite" | "recordTried" | "runAction" | "answer" | "dismissChecklist"; args: unknown[] }
  /** any page → background: open the volunteer desk. */
  | { type: "open-desk" }

/** Environment facts only the page can read; the background adds browser, OS, languages and time zone. */
export type PageEnvironmentInput = PageOnlyEnvironment

export interface Analysis {
  diagnosis: DiagnosisItem[]
  environment: Partial<EnvironmentFacts>
  network: NetworkEvent[]
  attempts: Attempt[]
}

export interface TabContext {
  tabId: number
  /** Profiles whose hosts match the sender's host (the content script picks by path). */
  profiles: WireProfile[]
  /** The words statements about the payment are read with (src/page/reading-words.ts). */
  readingWords: import("~src/page/reading-words").WireReadingWords | null
  network: NetworkEvent[]
  clockSkewSeconds: number | null
  attempts: Attempt[]
  frames: PageState[]
  settings: import("~src/store/settings").Settings
}

/** What the side panel needs to draw the same view as the in-page panel. */
export interface PanelView {
  model: import("~src/ui/panel/model").PanelModel
}

export interface ActiveTabState {
  state: PageState | null
  topCause: string | null
  url: string | null
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string"
}
