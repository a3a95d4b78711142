import { defineCause } from "../cause"

export const cause = defineCause({
  id: "wallet-not-accepted",
  category: "method-not-accepted",
  title: { "zh-CN": "网站不支持这个电子钱包", en: "The site doesn't take this wallet" },
  explanation: {
    "zh-CN": "这个签证网站不支持 PayPal、支付宝或微信支付等电子钱包。请改用信用卡付款。",
    en: "This visa website doesn't take wallets such as PayPal, Alipay or WeChat Pay. Please pay by credit card instead."
  },
  technical: { "zh-CN": "商户未接入该钱包（seed 2.4 例：美国签证不支持 PayPal）。", en: "Wallet not integrated by the merchant (seed 2.4: PayPal not offered for a US visa fee)." },
  recognition: {
    text: [
      /(paypal|alipay|wechat ?pay|apple pay|google pay)( payments?)? (is |are )?(not available|not accepted|not supported|unavailable|not an option)/,
      /(do not|don't|cannot) accept (paypal|alipay|wechat ?pay|apple pay|google pay)/,
      /不支持(使用)?\s?(paypal|支付宝|微信支付|微信|apple pay)/,
      /(paypal|支付宝|微信支付).{0,6}(不支持|不接受|不可用)/
    ],
    signals: [
      { signal: "method-not-accepted", method: "paypal", weight: 0.6 },
      { signal: "method-not-accepted", method: "alipay", weight: 0.6 },
      { signal: "method-not-accepted", method: "wechat-pay", weight: 0.6 }
    ],
    exclude: [/temporar|maintenance|currently|维护|暂时|暂停|only available|仅限|region|country|国家|地区/],
    steps: ["payment-method", "confirmation"]
  },
  fixes: ["use-visa-or-mastercard-credit", "show-accepted-methods"],
  examples: [
    { text: "We do not accept PayPal. Please pay by credit or debit card.", lang: "en" },
    { text: "本系统不支持PayPal付款，请改用信用卡", lang: "zh-CN" },
    { text: "不支援 PayPal 付款", lang: "zh-TW" }
  ],
  negatives: [{ text: "PayPal is currently unavailable due to maintenance.", lang: "en" }]
})
