import { defineCause } from "../cause"

export const cause = defineCause({
  id: "issuer-unavailable",
  category: "site-or-gateway-error",
  title: { "zh-CN": "银行系统暂时没有回应", en: "Your bank's system didn't answer" },
  explanation: {
    "zh-CN": "付款请求送到了您的银行，但银行系统暂时没有回应。通常过一会儿就好，稍后再试；再试前先确认没有扣款。",
    en: "The payment reached your bank but its system didn't answer in time. It usually clears up soon: try later, after checking you weren't charged."
  },
  technical: { "zh-CN": "ISO 8583 应答码 91（发卡行或交换中心不可用）/ 92；Stripe issuer_not_available；Adyen “Issuer Unavailable”。", en: "ISO 8583 response 91 (issuer or switch inoperative) / 92; Stripe issuer_not_available; Adyen “Issuer Unavailable”." },
  recognition: {
    text: [
      /issuer (or switch )?(is )?(inoperative|unavailable|not available|not responding|down)/,
      /issuer_not_available/,
      /(your |the )?bank (is )?not responding|no response from (your|the) bank/,
      /发卡(方|行|银行)(状态不正常|系统.{0,6}(无法响应|故障|异常|不可用)|无回应|无响应|未响应)/
    ],
    codes: { iso8583: ["91", "92"], unionpay: ["91"] },
    steps: ["confirmation", "verification", "card-entry"]
  },
  fixes: ["check-payment-status-first", "retry-later", "use-another-card"],
  examples: [
    { text: "Issuer or switch inoperative (91)", lang: "en" },
    { text: "发卡方状态不正常，请稍后重试", lang: "zh-CN" },
    { text: "發卡銀行無回應，請稍後再試", lang: "zh-TW" }
  ],
  negatives: [{ text: "Your bank may ask you to confirm this payment with an extra security step.", lang: "en" }],
  sources: [{ url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "Issuer Unavailable", verified: true }]
})
