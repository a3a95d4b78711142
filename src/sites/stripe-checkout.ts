import type { SiteProfile } from "~src/sites/profile"

/**
 * Stripe Checkout — Stripe's hosted payment page (checkout.stripe.com/c/pay/cs_live_…).
 *
 * Test URLs:
 * - https://checkout.stripe.com/c/pay/cs_live_a1B2c3D4e5F6g7H8
 */
export const profile: SiteProfile = {
  id: "stripe-checkout",
  names: { en: "Stripe Checkout", "zh-CN": "Stripe 付款页面" },
  country: null,
  kind: "gateway",
  hosts: ["checkout.stripe.com"],
  languages: ["en", "zh-CN", "fr", "de", "es", "ja"],
  steps: [
    {
      step: "card-entry",
      url: [/^\/c\/pay\/cs_(?:live|test)_/],
      selectors: ["input#cardNumber", "form .SubmitButton"],
      autocomplete: ["cc-number", "cc-exp", "cc-csc"],
      text: ["Pay with card", "Card information"]
    },
    {
      step: "verification",
      selectors: ["iframe[name^='__privateStripeFrame'][src*='three-ds']", "iframe[src*='hooks.stripe.com/3d_secure']"],
      text: ["Complete authentication", "Authenticate payment"],
      weight: 3
    },
    {
      step: "confirmation",
      text: ["Your card was declined", "Your card has insufficient funds", "This checkout session is no longer active", "Processing…"],
      selectors: [".FieldError", ".SubmitButton--processing"],
      weight: 3
    }
  ],
  errorRegions: [".FieldError", ".ConfirmPaymentButton--error", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "apple-pay", "google-pay", "alipay", "wechat-pay"],
    unverified: true
  },
  hints: {
    "card-entry": [
      {
        en: "The merchant chooses which methods appear here. If your card is refused, Alipay or WeChat Pay may be listed as well.",
        "zh-CN": "这里显示哪些付款方式由商家决定。如果卡被拒绝，页面上可能也有支付宝或微信支付可选。"
      }
    ]
  },
  notes: [
    {
      en: "Stripe shows the issuer's reason in plain words ('Your card was declined', 'insufficient funds', 'incorrect security code'); the decline code is only in the merchant's dashboard.",
      "zh-CN": "Stripe 会用简单的话显示原因（卡被拒、余额不足、安全码错误等）；具体拒绝代码只有商家后台能看到。"
    }
  ],
  sources: [
    {
      url: "https://docs.stripe.com/payments/checkout",
      fact: "Stripe-hosted Checkout page on checkout.stripe.com; merchant-selected payment methods (not read directly here)",
      verified: false
    },
    {
      url: "https://docs.stripe.com/declines/codes",
      fact: "Decline messages shown to payers (card_declined, insufficient_funds, incorrect_cvc…) (not read directly here)",
      verified: false
    },
    {
      url: "https://docs.stripe.com/payments/3d-secure",
      fact: "3-D Secure challenge shown in a frame inside the checkout",
      verified: true
    }
  ],
  testUrls: ["https://checkout.stripe.com/c/pay/cs_live_a1B2c3D4e5F6g7H8"]
}
