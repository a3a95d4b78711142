import type { SiteProfile } from "~src/sites/profile"

/**
 * CyberSource Secure Acceptance — Visa's hosted checkout. Merchants post a signed form to
 * secureacceptance.cybersource.com/pay (or /embedded/pay) and the payer enters the card there.
 * Only the live host is listed (testsecureacceptance is a sandbox).
 *
 * Test URLs:
 * - https://secureacceptance.cybersource.com/pay
 */
export const profile: SiteProfile = {
  id: "cybersource",
  names: { en: "CyberSource payment page", "zh-CN": "CyberSource 付款页面" },
  country: null,
  kind: "gateway",
  hosts: ["secureacceptance.cybersource.com"],
  languages: ["en", "zh-CN", "ja", "es"],
  steps: [
    {
      step: "card-entry",
      url: [/^\/(?:embedded\/)?(?:pay|checkout|billing|payment)(?:[/?#]|$)/i],
      text: ["Payment Details", "Card Type"],
      selectors: ["input#card_number", "input[name='card_cvn']"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Review your Order", "Your order has been declined", "Transaction declined", "Session expired"],
      weight: 4
    }
  ],
  errorRegions: [".error", "#errors", ".alert-danger"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "jcb", "discover", "diners", "unionpay"],
    unverified: true
  },
  notes: [
    {
      en: "Secure Acceptance is used by many governments and visa centres; the decline reason code (e.g. 481 for a risk decision) reaches only the merchant.",
      "zh-CN": "很多政府网站和签证中心使用 Secure Acceptance；拒绝原因代码（例如 481 表示风控拒绝）只有商家能看到。"
    }
  ],
  hints: {
    "card-entry": [
      {
        en: "Choose the card type that matches your card, then enter the number exactly as printed.",
        "zh-CN": "请先选择与您的卡一致的卡种，再按卡面准确输入卡号。"
      }
    ]
  },
  sources: [
    {
      url: "https://github.com/wharton/django-cybersource-hosted-checkout/blob/master/README.md",
      fact: "Production Secure Acceptance URL https://secureacceptance.cybersource.com/pay (test: testsecureacceptance…)",
      verified: true
    },
    {
      url: "https://github.com/e-payment/cybersource-sa-sop-php/blob/master/README.md",
      fact: "Silent order post at /silent/pay; card_number / card_cvn field names",
      verified: true
    },
    {
      url: "https://secureacceptance.cybersource.com/pay",
      fact: "Page headings and the meaning of reason code 481 are our reading",
      verified: false
    }
  ],
  testUrls: ["https://secureacceptance.cybersource.com/pay"]
}
