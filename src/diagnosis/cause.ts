import type { PaymentMethodId } from "~src/flow/payment-methods"
import type { StepId } from "~src/flow/steps"
import type { Localized } from "~src/i18n/locale"
import type { CategoryId } from "./categories"
import type { CodeScheme } from "./extract-codes"
import type { SignalId } from "./signals"
import type { CauseExample } from "./types"

/**
 * One cause of a failed payment, written like an ESLint rule: what it is, how it is
 * recognised, what to do, and examples that prove it. One file per cause in
 * src/diagnosis/causes/, named after its id.
 */
export interface CauseDefinition {
  /** Equals the file name without extension. */
  id: string
  category: CategoryId
  title: Localized
  /** For the applicant: plain, kind, no jargon. */
  explanation: Localized
  /** For the volunteer: codes and protocol names welcome. */
  technical: Localized
  recognition: Recognition
  /** Ordered fix ids (src/diagnosis/fixes). */
  fixes: string[]
  /** Messages that must diagnose to this cause (top-1). */
  examples: CauseExample[]
  /** Near-miss messages that must NOT yield this cause at all. */
  negatives: CauseExample[]
  /**
   * A catch-all (generic decline, unknown error): only reported when nothing more specific
   * reached MIN_SPECIFIC_CONFIDENCE, so it never crowds out a real explanation.
   */
  fallback?: boolean
  /** Public sources for the codes and wording this cause relies on. */
  sources?: { url: string; fact: string; verified: boolean }[]
}

export interface Recognition {
  /**
   * Patterns tested against normalised error text (NFKC, lower case, Traditional Chinese
   * folded to Simplified — see normalize-text.ts). Write them in lower case and
   * Simplified Chinese. Each pattern must be linear-time: bounded gaps only (`.{0,20}`),
   * no nested quantifiers.
   */
  text?: RegExp[]
  /** Weaker wording: points here, but other causes use it too. */
  hints?: RegExp[]
  /**
   * Concepts that must all appear somewhere in one error (a subject and what went wrong:
   * "balance" + "too low"). Catches wordings nobody wrote down; weighs between text and hints.
   */
  concepts?: RegExp[][]
  /** Result codes that mean this cause, by scheme (see extract-codes.ts). */
  codes?: Partial<Record<CodeScheme, string[]>>
  /** Facts from the environment, network, answers, time and attempts. */
  signals?: SignalRule[]
  /** Steps where this cause shows itself; at other known steps it is less likely. */
  steps?: StepId[]
  /** Text that rules this cause out even when a pattern matched. */
  exclude?: RegExp[]
}

export interface SignalRule {
  signal: SignalId
  /** 0..1: how strongly this fact alone points at the cause. */
  weight: number
  /** Only count this fact when the cause already has other evidence. */
  supportOnly?: boolean
  /** For method signals: only this payment method. */
  method?: PaymentMethodId
  /** For the card-type signal. */
  cardType?: "credit" | "debit" | "prepaid"
}

/** Identity helper that gives cause files their type without repeating it. */
export const defineCause = (cause: CauseDefinition): CauseDefinition => cause
