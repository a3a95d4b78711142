import type { PaymentMethodId } from "~src/flow/payment-methods"
import type { StepId } from "~src/flow/steps"
import type { Localized } from "~src/i18n/locale"

/**
 * A site profile: everything the extension knows about one portal or gateway, as data.
 * One file per profile in src/sites/, named after its id. Validated by src/sites/schema.ts
 * in tests (zod stays out of the content script bundle).
 */
export interface SiteProfile {
  /** Equals the file name without extension, e.g. "india-evisa". */
  id: string
  names: Localized
  /** ISO 3166-1 alpha-2 of the issuing country, or null for gateways serving many. */
  country: string | null
  kind: "portal" | "gateway" | "bank-verification"
  /**
   * Host patterns: "example.gov.in" (that host only) or "*.example.gov.in" (the host and
   * every subdomain). The manifest's matches and host permissions are generated from these.
   */
  hosts: string[]
  /** Optional path prefixes: the profile only applies below these paths on its hosts. */
  pathPrefixes?: string[]
  /** Languages the site's own text is in (BCP 47), for landmark text. */
  languages: string[]
  /** Rules that recognise each step of the flow this site shows. */
  steps: StepRule[]
  /** CSS selectors of regions where this site prints its errors. */
  errorRegions: string[]
  payment?: PaymentFacts
  /** IANA time zone of the portal's operator (for "portal time" and maintenance windows). */
  timeZone?: string
  maintenance?: MaintenanceWindow[]
  /** Browsers the operator says it supports, when it says so. */
  browsers?: BrowserSupport
  /** Short plain-language hints shown at each step while paying, without any error. */
  hints?: Partial<Record<StepId, Localized[]>>
  /** Plain-language notes for volunteers. */
  notes?: Localized[]
  /** Where each fact comes from. */
  sources: Source[]
  /** Real pages this profile was made for (like Refined GitHub's "Test URLs"). */
  testUrls: string[]
}

export interface StepRule {
  step: StepId
  /** Regular expressions tested against the URL's path + query + hash. */
  url?: RegExp[]
  /** CSS selectors; any match counts. */
  selectors?: string[]
  /** Landmark text (case-insensitive substring of visible headings/buttons/legends). */
  text?: string[]
  /** `autocomplete` tokens of form fields, e.g. "cc-number", "one-time-code". */
  autocomplete?: string[]
  /** How strongly this rule alone points at the step; default 1. */
  weight?: number
}

export interface PaymentFacts {
  accepted: PaymentMethodId[]
  /** Methods the operator explicitly does not take. */
  notAccepted?: PaymentMethodId[]
  /** ISO 4217 currency the fee is charged in. */
  currency?: string
  /** The gateway(s) this portal hands the payment to (profile ids). */
  gateways?: string[]
  /** True when the facts could not be confirmed from a public source. */
  unverified?: boolean
}

export interface MaintenanceWindow {
  /** Days of week in the window's time zone, 0 = Sunday; all days when absent. */
  days?: number[]
  /** "HH:MM" 24h, in timeZone. The window may cross midnight (end < start). */
  start: string
  end: string
  timeZone: string
  note: Localized
  unverified?: boolean
}

export interface BrowserSupport {
  /** Minimum major versions, by browser name as src/environment names them. */
  minimum?: Partial<Record<"chrome" | "edge" | "firefox" | "safari", number>>
  recommended: string[]
}

export interface Source {
  url: string
  /** Which fact of the profile this source supports. */
  fact: string
  /** False when the fact is our best reading and could not be confirmed. */
  verified: boolean
}
