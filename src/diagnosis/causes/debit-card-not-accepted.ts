import { defineCause } from "../cause"

export const cause = defineCause({
  id: "debit-card-not-accepted",
  category: "method-not-accepted",
  title: { "zh-CN": "网站不接受借记卡（储蓄卡）", en: "The site doesn't take debit cards" },
  explanation: {
    "zh-CN": "这个网站只收信用卡，借记卡（储蓄卡）不能用。请改用信用卡。",
    en: "This site only takes credit cards; debit cards can't be used. Please pay with a credit card."
  },
  technical: { "zh-CN": "商户按 BIN 卡类型拦截借记卡（funding=debit）。", en: "Merchant blocks funding=debit BINs." },
  recognition: {
    text: [
      /debit cards?.{0,20}(not accepted|not supported|cannot be used|are not allowed)/,
      /(merchant|site|we) only accepts? credit cards?/,
      /(不支持|不接受|暂不支持)(使用)?(借记卡|储蓄卡|签账金融卡|debit)/,
      /(借记卡|储蓄卡).{0,6}(不可用|不支持|无法使用|暂不可用)/,
      /no se aceptan tarjetas de débito/,
      /cartes? de débit.{0,10}(refusées|non acceptées)/
    ],
    signals: [{ signal: "card-type", cardType: "debit", weight: 0.3, supportOnly: true }],
    steps: ["payment-method", "card-entry", "confirmation"]
  },
  fixes: ["use-visa-or-mastercard-credit", "show-accepted-methods"],
  examples: [
    { text: "Debit cards are not accepted. Please use a credit card.", lang: "en" },
    { text: "不支持借记卡支付，请使用信用卡", lang: "zh-CN" },
    { text: "不接受簽帳金融卡，請使用信用卡", lang: "zh-TW" }
  ],
  negatives: [{ text: "Please have your passport and a credit or debit card ready before you start.", lang: "en" }]
})
