import { defineCause } from "../cause"

export const cause = defineCause({
  id: "secure-code-not-enrolled",
  category: "verification-failed",
  title: { "zh-CN": "卡还没开通网上支付安全验证", en: "The card isn't signed up for the bank's online security check" },
  explanation: {
    "zh-CN": "这个网站要求银行发送额外的安全验证码，但您的卡还没开通这项服务。在银行 App 或网银里开通后再付款。",
    en: "This site needs the extra security code your bank sends, but your card isn't signed up for it yet. Turn it on in your bank app or online banking, then pay again."
  },
  technical: { "zh-CN": "卡未注册 3-D Secure（Visa Secure / Mastercard Identity Check）：EMV 3DS transStatusReason 13。", en: "Card not enrolled in 3-D Secure (Visa Secure / Mastercard Identity Check): EMV 3DS transStatusReason 13." },
  recognition: {
    text: [
      /not enrolled (in|for) (3-?d ?secure|3ds|verified by visa|visa secure|mastercard (securecode|identity check)|the service)/,
      /cardholder not enrolled/,
      /not registered for (3-?d ?secure|3ds|verified by visa|visa secure|mastercard (securecode|identity check))/,
      /未(开通|注册|启用|开启).{0,3}(3 ?d|3-d|visa ?验证|verified by visa|安全认证|securecode|identity check|万事达安全码)/
    ],
    codes: { "3ds-reason": ["13"] },
    steps: ["verification", "card-entry", "confirmation"]
  },
  fixes: ["enroll-in-bank-verification", "use-another-card"],
  examples: [
    { text: "Cardholder not enrolled in Verified by Visa", lang: "en" },
    { text: "transStatus: N, transStatusReason: 13", lang: "en" },
    { text: "您的卡未开通3D安全认证，请联系发卡行开通", lang: "zh-CN" },
    { text: "此卡未啟用 3D 驗證服務，請向發卡銀行申請", lang: "zh-TW" }
  ],
  negatives: [{ text: "Your bank may ask you to confirm this payment with an extra security step.", lang: "en" }],
  sources: [{ url: "https://www.emvco.com/emv-technologies/3-d-secure/", fact: "EMV 3DS transStatusReason 13 = cardholder not enrolled in service (Protocol and Core Functions Specification)", verified: false }]
})
