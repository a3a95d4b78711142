import type { StepId } from "~src/flow/steps"

import { GENERIC_PROFILE_ID, GENERIC_SELECTORS, genericSteps } from "./generic-rules"
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

/** Phrases that name each step on any payment page, searched in the page's landmarks. */
export const GENERIC_STEP_PHRASES: Partial<Record<StepId, string[]>> = {
  "payment-method": [
    "Select payment method",
    "Choose payment method",
    "Select a payment method",
    "Choose a payment method",
    "Payment options",
    "Select payment gateway",
    "选择支付方式",
    "选择付款方式",
    "请选择支付方式"
  ],
  "card-entry": ["Card number", "Card details", "Enter card details", "Pay with card", "卡号", "银行卡信息", "信用卡信息"],
  verification: [
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
  confirmation: [
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
  ],
  receipt: [
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

export const GENERIC_PROFILE: SiteProfile = {
  id: GENERIC_PROFILE_ID,
  names: { en: "Payment page", "zh-CN": "支付页面" },
  country: null,
  kind: "gateway",
  hosts: [],
  languages: ["en", "zh-CN"],
  steps: genericSteps(GENERIC_SELECTORS, GENERIC_STEP_PHRASES),
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
