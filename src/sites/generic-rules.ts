import type { StepRule } from "./profile"

/**
 * The generic profile's structure (selectors, autocomplete tokens, weights), apart from its
 * phrases, notes and sources: src/page adds these rules to every page's own rules, so the
 * content scripts bundle them and not the profile's words and prose (src/sites/generic.ts
 * assembles the whole profile).
 */

export const GENERIC_PROFILE_ID = "generic"

/** Frames a 3-D Secure (issuer "ACS") challenge is shown in; names vary by gateway. */
export const THREE_DS_FRAME_SELECTORS = [
  'iframe[name*="threeDSecure" i]',
  'iframe[id*="threeDSecure" i]',
  'iframe[name*="3ds" i]',
  'iframe[id*="3ds" i]',
  'iframe[title*="3D Secure" i]',
  'iframe[title*="3DS" i]',
  'iframe[name*="challenge" i]',
  'iframe[id*="challenge" i]',
  'iframe[name^="acs" i]',
  'iframe[id^="acs" i]',
  'iframe[src*="/acs" i]',
  'iframe[src*="acs." i]',
  'iframe[src*="3dsecure" i]',
  'iframe[src*="threeds" i]'
]

/** Inputs for the one-time code a bank sends (SMS or app). */
export const ONE_TIME_CODE_SELECTORS = [
  'input[autocomplete~="one-time-code"]',
  'input[name*="otp" i]',
  'input[id*="otp" i]',
  'input[name*="passcode" i]',
  'input[name*="smscode" i]',
  'input[name*="sms_code" i]'
]

/** Card fields, including gateways' hosted-field frames whose inputs we cannot see. */
export const CARD_FIELD_SELECTORS = [
  'input[name*="cardnumber" i]',
  'input[name*="card_number" i]',
  'input[name*="card-number" i]',
  'input[id*="cardnumber" i]',
  'input[id*="card_number" i]',
  'input[name="ccnum" i]',
  'iframe[name^="__privateStripeFrame"]',
  'iframe[title*="card number" i]',
  'iframe[name^="braintree-hosted-field-number"]',
  '[data-cse="encryptedCardNumber"]',
  ".adyen-checkout__card-input"
]

/** Radio lists of payment methods. */
export const PAYMENT_METHOD_CHOICE_SELECTORS = [
  'input[type="radio"][name*="paymentmethod" i]',
  'input[type="radio"][name*="payment_method" i]',
  'input[type="radio"][name*="payment-method" i]',
  'input[type="radio"][name*="paymode" i]',
  'input[type="radio"][name*="payment_mode" i]',
  'input[type="radio"][name*="gateway" i]',
  '[role="radiogroup"][aria-label*="payment" i]'
]

/**
 * The structure every card payment shares, by step. The phrases that name each step
 * (GENERIC_STEP_PHRASES in generic.ts) are words, not structure: content scripts get them
 * from the background with the reading words, so confirmation and receipt have none here.
 */
export const GENERIC_STEPS: StepRule[] = [
  {
    step: "payment-method",
    selectors: PAYMENT_METHOD_CHOICE_SELECTORS
  },
  {
    step: "card-entry",
    autocomplete: ["cc-number", "cc-exp", "cc-csc"],
    selectors: CARD_FIELD_SELECTORS
  },
  {
    step: "verification",
    autocomplete: ["one-time-code"],
    selectors: [...THREE_DS_FRAME_SELECTORS, ...ONE_TIME_CODE_SELECTORS],
    weight: 1.2
  },
  {
    step: "confirmation"
  },
  {
    step: "receipt"
  }
]
