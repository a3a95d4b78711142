import type { Attempt } from "~src/diagnosis/types"
import type { NetworkEvent } from "~src/network/types"
import type { PageState } from "~src/page/types"

/**
 * Messages between the extension's contexts. The background checks the sender is our own
 * extension (sender.id === runtime.id) and answers only about the sender's tab.
 */
export type Message =
  /** content → background: the page's current state (drives the badge and the popup). */
  | { type: "page-state"; state: PageState; topCause: string | null }
  /** content → background: what the background knows about this tab. */
  | { type: "get-tab-context" }
  /** content → background: a payment attempt ended (or its result is unknown). */
  | { type: "record-attempt"; attempt: Attempt }
  /** content/panel → background: a fix was tried, with the applicant's answer. */
  | { type: "record-tried"; siteId: string | null; fix: string; outcome: "helped" | "did-not-help" }
  /** panel → background: clear cache + cookies of the current site's origins only. */
  | { type: "clear-site-data"; origins: string[] }
  /** popup → background: the active tab's state as last reported. */
  | { type: "get-active-tab-state"; tabId: number }
  /** popup → content: open (or focus) the panel / copy the report. */
  | { type: "panel-command"; command: "open" | "copy-report" }
  /** gateway frame → background → top frame: what a payment frame shows. */
  | { type: "frame-state"; state: PageState }
  /** any page → background: open the volunteer desk. */
  | { type: "open-desk" }

export interface TabContext {
  tabId: number
  network: NetworkEvent[]
  clockSkewSeconds: number | null
  attempts: Attempt[]
  frames: PageState[]
  settings: import("~src/store/settings").Settings
}

export interface ActiveTabState {
  state: PageState | null
  topCause: string | null
  url: string | null
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string"
}
