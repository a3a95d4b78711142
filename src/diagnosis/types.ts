import type { EnvironmentFacts } from "~src/environment/types"
import type { PaymentMethodId } from "~src/flow/payment-methods"
import type { StepId } from "~src/flow/steps"
import type { Localized } from "~src/i18n/locale"
import type { NetworkEvent } from "~src/network/types"
import type { CapturedError } from "~src/page/types"
import type { CategoryId } from "./categories"

/** What the applicant told us (asked in the panel; never read from the page's inputs). */
export interface Answers {
  paymentMethod?: PaymentMethodId
  cardType?: "credit" | "debit" | "prepaid" | "unknown"
  /** Where the card was issued, ISO 3166-1 alpha-2 (e.g. "CN"). */
  issuerCountry?: string
  /** Did the security code from the bank arrive? */
  codeReceived?: "yes" | "no" | "not-asked"
  /** The phone number the code goes to is a virtual / non-real-name number. */
  virtualPhone?: boolean
  /** The phone number entered differs from the one the bank holds. */
  phoneDiffersFromBank?: boolean
  /** Money may have left the account for an attempt whose result is unknown. */
  chargedWithoutReceipt?: boolean
  device?: "computer" | "phone" | "tablet"
}

export interface Attempt {
  time: string
  siteId: string | null
  outcome: "failed" | "unknown" | "succeeded"
}

/** Everything the engine may use. All optional but page; the engine is pure. */
export interface Evidence {
  page: {
    siteId: string | null
    step: StepId
    origin?: string
    path?: string
    signals?: Partial<{ cardForm: boolean; otpInput: boolean; threeDSFrame: boolean; processing: boolean; stuckSeconds: number }>
  }
  errors: Pick<CapturedError, "text" | "code" | "source">[]
  environment?: Partial<EnvironmentFacts>
  network?: NetworkEvent[]
  answers?: Answers
  attempts?: Attempt[]
  /** ISO time the diagnosis is for (maintenance windows, attempt windows). Required for determinism. */
  now?: string
}

/** One reason behind a cause, renderable in any language: a message id plus parameters. */
export interface EvidenceNote {
  kind: "text" | "code" | "step" | "environment" | "network" | "answer" | "time" | "attempts" | "site"
  /** Key in the evidence message catalogue (src/diagnosis/evidence-messages.ts). */
  id: string
  params?: Record<string, string | number>
}

export interface DiagnosisItem {
  cause: string
  category: CategoryId
  /** 0..1 */
  confidence: number
  evidence: EvidenceNote[]
  fixes: string[]
}

/** Who carries out a fix step. */
export type Actor = "applicant" | "bank" | "volunteer"

/** Actions the panel can run with one click (the browser permitting). */
export type FixActionId =
  | "clear-site-data"
  | "switch-browser"
  | "card-checklist"
  | "wait-before-retry"
  | "check-payment-status"
  | "copy-report"
  | "show-payment-methods"
  | "show-portal-time"

export interface FixDefinition {
  id: string
  actor: Actor
  title: Localized
  /** Ordered plain steps. */
  steps: Localized[]
  action?: FixActionId
}

export interface CauseExample {
  text: string
  lang: "en" | "zh-CN" | "zh-TW" | string
  step?: StepId
  siteId?: string
  /** Extra evidence the example needs (answers, network…). */
  evidence?: Partial<Omit<Evidence, "errors">>
}
