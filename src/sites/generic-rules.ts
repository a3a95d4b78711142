import type { StepRule } from "./profile"

/**
 * The generic profile's structure (selectors, autocomplete tokens, weights), apart from its
 * phrases, notes and sources (src/sites/generic.ts assembles the whole profile). src/page adds
 * these rules to every page's own rules. The selector lists are data, and they travel as the
 * reading words do (src/page/reading-words.ts): the background sends them to content scripts
 * with the tab's context, so the script that loads on every portal page carries
 * `genericSteps`, which arranges them, but not the lists.
 */

export const GENERIC_PROFILE_ID = "generic"

/** Frames a 3-D Secure (issuer "ACS") challenge is shown in; names vary by gateway. */
const THREE_DS_FRAME_SELECTORS = [
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
const ONE_TIME_CODE_SELECTORS = [
  'input[autocomplete~="one-time-code"]',
  'input[name*="otp" i]',
  'input[id*="otp" i]',
  'input[name*="passcode" i]',
  'input[name*="smscode" i]',
  'input[name*="sms_code" i]'
]

/** Card fields, including gateways' hosted-field frames whose inputs we cannot see. */
const CARD_FIELD_SELECTORS = [
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
const PAYMENT_METHOD_CHOICE_SELECTORS = [
  'input[type="radio"][name*="paymentmethod" i]',
  'input[type="radio"][name*="payment_method" i]',
  'input[type="radio"][name*="payment-method" i]',
  'input[type="radio"][name*="paymode" i]',
  'input[type="radio"][name*="payment_mode" i]',
  'input[type="radio"][name*="gateway" i]',
  '[role="radiogroup"][aria-label*="payment" i]'
]

/** The selectors every card payment's pages share, by what they find. */
export interface GenericSelectors {
  threeDSFrames: string[]
  oneTimeCode: string[]
  cardFields: string[]
  paymentMethodChoice: string[]
}

export const GENERIC_SELECTORS: GenericSelectors = {
  threeDSFrames: THREE_DS_FRAME_SELECTORS,
  oneTimeCode: ONE_TIME_CODE_SELECTORS,
  cardFields: CARD_FIELD_SELECTORS,
  paymentMethodChoice: PAYMENT_METHOD_CHOICE_SELECTORS
}

/** The autocomplete tokens of a card form's fields (HTML's autofill field names). */
export const CARD_AUTOCOMPLETE_TOKENS = ["cc-number", "cc-exp", "cc-csc"]

/**
 * The structure every card payment shares, by step, with the phrases that name each step
 * (GENERIC_STEP_PHRASES in generic.ts; words, which travel with the reading words).
 */
export function genericSteps(selectors: GenericSelectors, phrases: Partial<Record<string, string[]>>): StepRule[] {
  const text = (step: string) => phrases[step] ?? []
  return [
    { step: "payment-method", selectors: selectors.paymentMethodChoice, text: text("payment-method") },
    { step: "card-entry", autocomplete: CARD_AUTOCOMPLETE_TOKENS, selectors: selectors.cardFields, text: text("card-entry") },
    {
      step: "verification",
      autocomplete: ["one-time-code"],
      selectors: [...selectors.threeDSFrames, ...selectors.oneTimeCode],
      weight: 1.2,
      text: text("verification")
    },
    { step: "confirmation", text: text("confirmation") },
    { step: "receipt", text: text("receipt") }
  ]
}
