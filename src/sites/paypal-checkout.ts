import type { SiteProfile } from "~src/sites/profile"

/**
 * PayPal Checkout — the pop-up or redirect where a payer logs in to PayPal (or pays as a
 * guest by card) and approves a merchant's payment. paypal.com serves much else, so the
 * profile is limited to the checkout paths.
 *
 * Test URLs:
 * - https://www.paypal.com/checkoutnow?token=EC-0AB12345CD678901E
 * - https://www.paypal.com/webapps/hermes?token=EC-0AB12345CD678901E
 */
export const profile: SiteProfile = {
  id: "paypal-checkout",
  names: { en: "PayPal Checkout", "zh-CN": "PayPal 付款页面" },
  country: null,
  kind: "gateway",
  hosts: ["www.paypal.com"],
  pathPrefixes: ["/checkoutnow", "/webapps/hermes", "/pay", "/checkoutweb", "/signin"],
  languages: ["en", "zh-CN", "de", "fr", "es", "ja"],
  steps: [
    {
      step: "login",
      selectors: ["input#email", "input#password", "#btnLogin", "#btnNext"],
      text: ["Log in to your PayPal account", "Pay with PayPal", "登录您的PayPal账户"],
      weight: 2
    },
    {
      step: "payment-method",
      selectors: ["[data-testid='fi-selector']", "#payment-submit-btn"],
      text: ["Pay with", "Complete Purchase", "付款方式"],
      weight: 2
    },
    {
      step: "card-entry",
      url: [/^\/checkoutweb\/signup/i],
      text: ["Pay with debit or credit card", "使用借记卡或信用卡付款"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: [
        "We aren't able to process your payment",
        "Things don't appear to be working at the moment",
        "Your session has ended",
        "我们无法处理您的付款"
      ],
      weight: 4
    }
  ],
  errorRegions: ["#notifications", ".notification-critical", "[data-testid='error-message']", "[role='alert']"],
  payment: {
    accepted: ["paypal", "visa", "mastercard", "amex", "discover", "jcb", "unionpay"]
  },
  hints: {
    login: [
      {
        en: "Log in to your own PayPal account. A PayPal account opened in mainland China can pay foreign merchants in their currency.",
        "zh-CN": "请登录您自己的 PayPal 账户。在中国大陆注册的 PayPal 账户可以向境外商家付款，以对方的货币结算。"
      }
    ],
    "payment-method": [
      {
        en: "Check which card or balance PayPal will use. If one card fails, you can pick another card linked to PayPal here.",
        "zh-CN": "请确认 PayPal 将使用哪张卡或余额付款。如果一张卡不行，可以在这里换一张已绑定的卡。"
      }
    ]
  },
  notes: [
    {
      en: "'We aren't able to process your payment using your PayPal account at this time' is a PayPal risk decision; retrying quickly makes it worse. The payer should contact PayPal or use a card directly on the portal.",
      "zh-CN": "“We aren't able to process your payment using your PayPal account at this time” 是 PayPal 的风控决定，反复重试会更糟。应联系 PayPal 客服，或在原网站直接用银行卡付款。"
    },
    {
      en: "PayPal opens in a pop-up on many portals; pop-up blockers and third-party cookie blocking are common causes of a blank or closing window.",
      "zh-CN": "很多网站会在弹出窗口里打开 PayPal；拦截弹窗或禁用第三方 Cookie 常导致窗口空白或自动关闭。"
    }
  ],
  sources: [
    {
      url: "https://developer.paypal.com/docs/checkout/",
      fact: "PayPal Checkout shows a pop-up/redirect where the buyer logs in or pays by card as a guest (not read directly here)",
      verified: false
    },
    {
      url: "https://www.paypal.com/checkoutnow",
      fact: "Checkout paths /checkoutnow and /webapps/hermes with an EC- token; element ids (email, password, btnLogin, payment-submit-btn) and wording are our reading",
      verified: false
    }
  ],
  testUrls: ["https://www.paypal.com/checkoutnow?token=EC-0AB12345CD678901E"]
}
