import type { SiteProfile } from "~src/sites/profile"

/**
 * Adyen hosted pages — Hosted Checkout / Pay by Link on checkoutshopper-live*.adyen.com and
 * the classic Hosted Payment Pages on live.adyen.com/hpp/. Card fields are Adyen "secured
 * fields": iframes, so the inputs themselves are invisible to the page.
 *
 * Test URLs:
 * - https://checkoutshopper-live.adyen.com/checkoutshopper/checkoutPaymentRedirect
 * - https://live.adyen.com/hpp/pay.shtml
 */
export const profile: SiteProfile = {
  id: "adyen-hosted",
  names: { en: "Adyen payment page", "zh-CN": "Adyen 付款页面" },
  country: null,
  kind: "gateway",
  hosts: ["checkoutshopper-live.adyen.com", "checkoutshopper-live-us.adyen.com", "checkoutshopper-live-au.adyen.com", "live.adyen.com"],
  pathPrefixes: ["/checkoutshopper", "/hpp"],
  languages: ["en", "zh-CN"],
  steps: [
    {
      step: "payment-method",
      selectors: [".adyen-checkout__payment-method:not(.adyen-checkout__payment-method--selected)", "ul.adyen-checkout__payment-methods-list"],
      weight: 1
    },
    {
      step: "card-entry",
      selectors: [".adyen-checkout__card-input", "[data-cse='encryptedCardNumber']", ".adyen-checkout__payment-method--selected .adyen-checkout__card-input"],
      weight: 2
    },
    {
      step: "verification",
      selectors: [".adyen-checkout__threeds2__challenge", "iframe[name='threeDSIframe']"],
      weight: 3
    },
    {
      step: "confirmation",
      selectors: [".adyen-checkout__status--error", ".adyen-checkout__status--loading"],
      text: ["Payment declined", "An error occurred", "Something went wrong"],
      weight: 3
    },
    {
      step: "receipt",
      selectors: [".adyen-checkout__status--success"],
      text: ["Payment successful"],
      weight: 3
    }
  ],
  errorRegions: [".adyen-checkout__error-text", ".adyen-checkout__status--error", ".adyen-checkout__alert-message--error"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "unionpay", "jcb", "diners", "discover", "alipay", "wechat-pay", "apple-pay", "google-pay", "paypal"],
    unverified: true
  },
  hints: {
    "card-entry": [
      {
        en: "The card fields are secure boxes provided by Adyen. If they stay empty or grey, a blocker extension may be stopping them from loading.",
        "zh-CN": "卡号等输入框是 Adyen 提供的安全输入框。如果它们一直空白或灰色，可能是拦截类扩展阻止了加载。"
      }
    ]
  },
  notes: [
    {
      en: "Adyen shows 'Refused' results with a refusal reason only to the merchant; the payer sees a short generic message.",
      "zh-CN": "Adyen 的拒绝原因只有商家能看到，付款人只会看到一句简短的通用提示。"
    }
  ],
  sources: [
    {
      url: "https://github.com/tharique-k/Adyen/blob/main/Project1/src/main/webapp/WEB-INF/checkout/checkout.jsp",
      fact: "checkoutshopper-live.adyen.com/checkoutshopper/ serves Adyen's web checkout",
      verified: true
    },
    {
      url: "https://github.com/astiskala/adyen-checkout-sample/blob/master/alipay/index.php",
      fact: "Regional live hosts follow checkoutshopper-live-<dc>.adyen.com",
      verified: true
    },
    {
      url: "https://docs.adyen.com/online-payments/3d-secure/",
      fact: "3-D Secure 2 challenge rendered in an iframe (class names adyen-checkout__threeds2__challenge are our reading)",
      verified: false
    },
    {
      url: "https://docs.adyen.com/online-payments/classic-integrations/hosted-payment-pages",
      fact: "Classic Hosted Payment Pages at live.adyen.com/hpp/ (not read directly here)",
      verified: false
    }
  ],
  testUrls: ["https://checkoutshopper-live.adyen.com/checkoutshopper/checkoutPaymentRedirect"]
}
