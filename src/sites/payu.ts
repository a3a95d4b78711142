import type { SiteProfile } from "~src/sites/profile"

/**
 * PayU India — hosted checkout. Merchants post to secure.payu.in/_payment and the payer picks
 * cards, net banking, UPI or wallets on PayU's page.
 *
 * Test URLs:
 * - https://secure.payu.in/_payment
 */
export const profile: SiteProfile = {
  id: "payu",
  names: { en: "PayU payment page", "zh-CN": "PayU 付款页面" },
  country: "IN",
  kind: "gateway",
  hosts: ["secure.payu.in"],
  languages: ["en"],
  steps: [
    {
      step: "payment-method",
      url: [/^\/_payment/i],
      text: ["Payment Options", "All Payment Options"],
      selectors: ["[data-testid='payment-options']"],
      weight: 1
    },
    {
      step: "card-entry",
      text: ["Add New Card", "Enter card details"],
      selectors: ["input[name='ccnum']"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 3
    },
    {
      step: "confirmation",
      text: ["Payment Failed", "Transaction Failed", "Session Timed Out"],
      weight: 4
    }
  ],
  errorRegions: [".error", "[data-testid='error']", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "rupay", "diners", "netbanking", "upi"],
    unverified: true
  },
  timeZone: "Asia/Kolkata",
  hints: {
    "payment-method": [
      {
        en: "From outside India, use a card: UPI and net banking need an Indian bank account.",
        "zh-CN": "在印度境外请用银行卡付款：UPI 和网上银行需要印度的银行账户。"
      }
    ]
  },
  notes: [
    {
      en: "Merchants must enable international cards on PayU; a foreign card failing at once with no bank code often means the merchant has not enabled them.",
      "zh-CN": "商家需要在 PayU 开通国际卡收款；境外卡立刻失败且没有银行验证环节，常常说明商家没有开通。"
    }
  ],
  sources: [
    {
      url: "https://docs.payu.in/docs/hosted-checkout",
      fact: "Hosted checkout: merchant posts to https://secure.payu.in/_payment (not read directly here)",
      verified: false
    },
    {
      url: "https://secure.payu.in/_payment",
      fact: "Page wording, the ccnum field name and the international-card note are our reading",
      verified: false
    }
  ],
  testUrls: ["https://secure.payu.in/_payment"]
}
