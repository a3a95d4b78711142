import type { StepId } from "~src/flow/steps"
import type { Localized } from "~src/i18n/locale"

/** Where a captured error text was found. */
export type ErrorSource =
  | "alert-role" // role=alert / alertdialog
  | "aria-live" // polite/assertive live regions
  | "field" // a field's aria-describedby / aria-errormessage text
  | "dialog" // <dialog> or role=dialog
  | "toast" // transient notification
  | "known-class" // well-known error classes (govuk-error-summary, alert-danger …)
  | "profile" // a selector from the site profile
  | "outcome" // a heading with its lede, a status cell or a banner stating a failed or unknown outcome
  | "native-alert" // window.alert()
  | "native-confirm" // window.confirm()
  | "frame" // reported up from a gateway frame
  | "text" // given directly (workbench --text)

export interface CapturedError {
  /** Visible text, whitespace-collapsed, redacted, at most MAX_ERROR_LENGTH characters. */
  text: string
  /** The most specific code found in the text ("403", "05", "E1234"…). */
  code?: string
  source: ErrorSource
  /** ISO timestamps. */
  firstSeen: string
  lastSeen: string
}

export interface DetectedStep {
  id: StepId
  /** 0..1 */
  confidence: number
  /** Which rules matched, readable by a volunteer: "url /Payment/", "selector #otp". */
  evidence: string[]
}

/** What the page shows, as understood by src/page. */
export interface PageState {
  site: { id: string; name: Localized; kind: "portal" | "gateway" | "bank-verification" } | null
  origin: string
  /** Path without query or fragment. */
  path: string
  step: DetectedStep
  errors: CapturedError[]
  /** Cheap structural facts used by diagnosis and hints. */
  signals: PageSignals
}

export interface PageSignals {
  cardForm: boolean
  otpInput: boolean
  threeDSFrame: boolean
  /** The page shows a "processing / do not refresh" message. */
  processing: boolean
  /**
   * How long the page has kept showing "processing" without a result, in seconds
   * (measured by the content script over time; absent when it is not).
   */
  stuckSeconds?: number
}
