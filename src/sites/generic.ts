import type { SiteProfile } from "./profile"

/**
 * The generic profile: recognises the steps of any card payment from conventions every
 * well-built payment page follows (HTML autocomplete tokens, 3-D Secure frames, one-time
 * code inputs, ARIA alert regions), so gateways and portals we have no profile for still get
 * a step and their errors. Its rules are also added to every specific profile's rules by
 * src/page/detect-step.ts, at a lower weight.
 *
 * Test URLs: any checkout page; the fixtures in test/fixtures/sites/generic/ are our own
 * markup following the conventions cited below.
 */

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

export const GENERIC_PROFILE: SiteProfile = {
  id: "generic",
  names: { en: "Payment page", "zh-CN": "支付页面" },
  country: null,
  kind: "gateway",
  hosts: [],
  languages: ["en", "zh-CN"],
  steps: [
    {
      step: "payment-method",
      selectors: PAYMENT_METHOD_CHOICE_SELECTORS,
      text: [
        "Select payment method",
        "Choose payment method",
        "Select a payment method",
        "Choose a payment method",
        "Payment options",
        "Select payment gateway",
        "选择支付方式",
        "选择付款方式",
        "请选择支付方式"
      ]
    },
    {
      step: "card-entry",
      autocomplete: ["cc-number", "cc-exp", "cc-csc"],
      selectors: CARD_FIELD_SELECTORS,
      text: ["Card number", "Card details", "Enter card details", "Pay with card", "卡号", "银行卡信息", "信用卡信息"]
    },
    {
      step: "verification",
      autocomplete: ["one-time-code"],
      selectors: [...THREE_DS_FRAME_SELECTORS, ...ONE_TIME_CODE_SELECTORS],
      text: [
        "One-time password",
        "One time password",
        "Verification code",
        "Enter the code",
        "Authenticate payment",
        "Visa Secure",
        "Verified by Visa",
        "Mastercard Identity Check",
        "Mastercard SecureCode",
        "SafeKey",
        "短信验证码",
        "动态验证码",
        "动态密码",
        "身份验证"
      ],
      weight: 1.2
    },
    {
      step: "confirmation",
      text: [
        "Payment failed",
        "Transaction failed",
        "Payment declined",
        "Transaction declined",
        "Payment unsuccessful",
        "Payment was not successful",
        "Payment could not be completed",
        "Processing your payment",
        "Payment is being processed",
        "Do not refresh",
        "Do not close this window",
        "支付失败",
        "付款失败",
        "交易失败",
        "交易被拒绝",
        "正在处理",
        "请勿刷新"
      ]
    },
    {
      step: "receipt",
      text: [
        "Payment successful",
        "Payment received",
        "Payment complete",
        "Thank you for your payment",
        "Transaction successful",
        "Payment receipt",
        "Print receipt",
        "Download receipt",
        "支付成功",
        "付款成功",
        "交易成功",
        "电子收据"
      ]
    }
  ],
  errorRegions: [],
  notes: [
    {
      en: "Generic rules: recognised from autocomplete tokens, 3-D Secure frames, one-time-code inputs and ARIA alerts, not from knowledge of this site.",
      "zh-CN": "通用规则：根据表单的自动填充标记、银行安全验证窗口、验证码输入框和页面提示区域来识别，并不了解这个网站的具体情况。"
    }
  ],
  sources: [
    {
      url: "https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofilling-form-controls:-the-autocomplete-attribute",
      fact: "autocomplete tokens cc-number, cc-exp, cc-csc, cc-name and one-time-code",
      verified: true
    },
    {
      url: "https://www.w3.org/TR/wai-aria-1.2/#alert",
      fact: "role=alert / alertdialog and aria-live regions carry important, time-sensitive messages",
      verified: true
    },
    {
      url: "https://docs.stripe.com/payments/3d-secure",
      fact: "3-D Secure challenges are shown in an issuer (ACS) frame inside the checkout page",
      verified: true
    },
    {
      url: "https://docs.adyen.com/online-payments/3d-secure/",
      fact: "Adyen renders the 3-D Secure 2 challenge in an iframe; frame names differ per gateway, so names/ids/src containing threeDSecure, 3ds, challenge or acs are our best reading",
      verified: false
    }
  ],
  testUrls: []
}
