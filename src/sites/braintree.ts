import type { SiteProfile } from "~src/sites/profile"

/**
 * Braintree (a PayPal service) — Hosted Fields. Each card field is its own small page served
 * from assets.braintreegateway.com inside an iframe on the merchant's checkout, so the
 * extension sees these frames as separate documents.
 *
 * Test URLs:
 * - https://assets.braintreegateway.com/web/3.97.2/html/hosted-fields-frame.min.html
 */
export const profile: SiteProfile = {
  id: "braintree",
  names: { en: "Braintree card fields", "zh-CN": "Braintree 银行卡输入框" },
  country: null,
  kind: "gateway",
  hosts: ["*.braintreegateway.com"],
  languages: ["en"],
  steps: [
    {
      step: "card-entry",
      url: [/\/html\/hosted-fields-frame(?:\.min)?\.html/],
      selectors: ["input#credit-card-number", "input#cvv", "input#expiration-date"],
      autocomplete: ["cc-number", "cc-csc", "cc-exp"],
      weight: 2
    }
  ],
  errorRegions: [".braintree-form__field-error", ".braintree-sheet__error"],
  hints: {
    "card-entry": [
      {
        en: "These card boxes are loaded from Braintree. If you cannot type in them, an ad blocker or privacy extension may be blocking braintreegateway.com.",
        "zh-CN": "这些卡号输入框由 Braintree 加载。如果无法输入，可能是广告拦截或隐私类扩展屏蔽了 braintreegateway.com。"
      }
    ]
  },
  notes: [
    {
      en: "Braintree field frames contain one input each; errors are usually shown by the merchant page around the frame, not inside it.",
      "zh-CN": "Braintree 的每个输入框窗口里只有一个输入框；错误提示通常显示在商家页面上、输入框外面。"
    }
  ],
  sources: [
    {
      url: "https://developer.paypal.com/braintree/docs/guides/hosted-fields/overview/javascript/v3",
      fact: "Hosted Fields render each card field in an iframe served by Braintree (not read directly here)",
      verified: false
    },
    {
      url: "https://assets.braintreegateway.com/web/3.97.2/html/hosted-fields-frame.min.html",
      fact: "Frame path and the input ids inside it are our reading",
      verified: false
    }
  ],
  testUrls: ["https://assets.braintreegateway.com/web/3.97.2/html/hosted-fields-frame.min.html"]
}
