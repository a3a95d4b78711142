import type { SiteProfile } from "~src/sites/profile"

/**
 * Worldpay hosted payment pages — the classic Business Gateway (secure.worldpay.com/wcc/…)
 * and the Corporate Gateway Hosted Payment Pages (payments.worldpay.com/app/hpp/…).
 *
 * Test URLs:
 * - https://secure.worldpay.com/wcc/purchase
 * - https://payments.worldpay.com/app/hpp/integration/wpg/corporate
 */
export const profile: SiteProfile = {
  id: "worldpay",
  names: { en: "Worldpay payment page", "zh-CN": "Worldpay 付款页面" },
  country: null,
  kind: "gateway",
  hosts: ["secure.worldpay.com", "payments.worldpay.com", "hpp.worldpay.com"],
  languages: ["en", "zh-CN", "fr", "de", "es"],
  steps: [
    {
      step: "payment-method",
      url: [/^\/wcc\/purchase/i],
      text: ["Select your payment method", "Choose a payment method"],
      selectors: ["#paymentMethods a.pm-logo"],
      weight: 2
    },
    {
      step: "card-entry",
      url: [/^\/wcc\/card/i, /^\/app\/hpp\//i],
      text: ["Enter your card details", "Card details"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Your payment has been refused", "Payment declined", "payment processing error", "Your session has expired"],
      weight: 4
    }
  ],
  errorRegions: [".errorText", ".error-message", "#errorMessage", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "maestro", "jcb", "diners", "unionpay", "paypal"],
    unverified: true
  },
  hints: {
    "card-entry": [
      {
        en: "Worldpay takes the payment for the portal. The amount and currency are set by the portal; check them before you pay.",
        "zh-CN": "Worldpay 代网站收款，金额和币种由网站设定，付款前请核对。"
      }
    ]
  },
  notes: [
    {
      en: "'Refused' on Worldpay is the issuer's or Worldpay's risk decision; the page does not say which. A second card or contacting the bank is the usual next step.",
      "zh-CN": "Worldpay 显示 “Refused（被拒）” 可能是发卡行或 Worldpay 风控的决定，页面不会说明是哪一方。通常下一步是换卡或联系银行。"
    }
  ],
  sources: [
    {
      url: "https://github.com/wesmadrigal/journeyplanner/blob/master/TheResonse.py",
      fact: "A saved Worldpay page titled 'WorldPay payment processing error'",
      verified: true
    },
    {
      url: "https://github.com/scottishgovernment/payment/blob/master/README.md",
      fact: "Worldpay XML service on secure(-test).worldpay.com",
      verified: true
    },
    {
      url: "https://payments.worldpay.com/app/hpp/integration/wpg/corporate",
      fact: "Corporate Gateway HPP path; hpp.worldpay.com and the /wcc/card path are our reading",
      verified: false
    }
  ],
  testUrls: ["https://secure.worldpay.com/wcc/purchase", "https://payments.worldpay.com/app/hpp/integration/wpg/corporate"]
}
