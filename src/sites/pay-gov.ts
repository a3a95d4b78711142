import type { SiteProfile } from "~src/sites/profile"

/**
 * Pay.gov — the US Treasury's payment service. Agencies such as CBP (ESTA) send payers to its
 * hosted collection pages to pay by card, bank account (ACH) or digital wallet.
 *
 * Test URLs:
 * - https://www.pay.gov/tcsonline/payment.do
 * - https://www.pay.gov/public/form/start/…
 */
export const profile: SiteProfile = {
  id: "pay-gov",
  names: { en: "Pay.gov (US Treasury)", "zh-CN": "美国财政部支付平台 Pay.gov" },
  country: "US",
  kind: "gateway",
  hosts: ["www.pay.gov"],
  languages: ["en"],
  steps: [
    {
      step: "payment-method",
      text: ["Select a Payment Method", "Choose how to pay"],
      selectors: ["input[name='paymentType']"],
      weight: 2
    },
    {
      step: "card-entry",
      url: [/^\/tcsonline\/payment\.do/i],
      text: ["Debit or Credit Card", "Card Information"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Review and Submit Payment", "Your payment could not be processed", "Transaction Declined"],
      selectors: ["#reviewPayment"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment Confirmation", "Your payment has been submitted"],
      selectors: ["#paymentConfirmation"],
      weight: 3
    }
  ],
  errorRegions: [".usa-alert--error", ".errorMessage", "#errorMessages"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "discover", "diners", "jcb", "paypal", "bank-transfer"],
    currency: "USD",
    unverified: true
  },
  timeZone: "America/New_York",
  hints: {
    "card-entry": [
      {
        en: "Pay.gov charges in US dollars. Enter the billing address exactly as your bank holds it, including the country.",
        "zh-CN": "Pay.gov 以美元收费。账单地址请按银行登记的填写，包括国家。"
      }
    ]
  },
  notes: [
    {
      en: "Bank account (ACH) payments on Pay.gov need a US bank account; applicants abroad should use a card.",
      "zh-CN": "Pay.gov 的银行账户（ACH）付款需要美国银行账户，境外申请人请用银行卡付款。"
    }
  ],
  sources: [
    {
      url: "https://cbp.gov/about/paying-cbp",
      fact: "CBP collections through Pay.gov by credit card, ACH debit and Dwolla; ESTA by credit card",
      verified: true
    },
    {
      url: "https://www.pay.gov/public/home",
      fact: "Host; page paths, headings and wallet options (PayPal) are our reading, not confirmed",
      verified: false
    }
  ],
  testUrls: ["https://www.pay.gov/tcsonline/payment.do"]
}
