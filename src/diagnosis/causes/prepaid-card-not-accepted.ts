import { defineCause } from "../cause"

export const cause = defineCause({
  id: "prepaid-card-not-accepted",
  category: "method-not-accepted",
  title: { "zh-CN": "网站不接受预付卡或礼品卡", en: "The site doesn't take prepaid or gift cards" },
  explanation: {
    "zh-CN": "预付卡、礼品卡不能用来付签证费。请用自己名下的信用卡。",
    en: "Prepaid and gift cards can't be used for the visa fee. Please use a credit card in your own name."
  },
  technical: { "zh-CN": "商户按 BIN 拦截 funding=prepaid 的卡。", en: "Merchant blocks funding=prepaid BINs." },
  recognition: {
    text: [
      /(prepaid|gift) cards?.{0,30}(not accepted|not supported|cannot be used)/,
      /(不支持|不接受|无法使用)(的)?(预付|礼品|储值)/,
      /(预付卡|礼品卡|储值卡|预付费卡).{0,12}(不支持|无法用于|不可用|不接受)/
    ],
    signals: [{ signal: "card-type", cardType: "prepaid", weight: 0.3, supportOnly: true }],
    steps: ["payment-method", "card-entry", "confirmation"]
  },
  fixes: ["use-visa-or-mastercard-credit", "show-accepted-methods"],
  examples: [
    { text: "Prepaid cards are not accepted.", lang: "en" },
    { text: "不支持预付卡", lang: "zh-CN" }
  ],
  negatives: [{ text: "Choose a payment method", lang: "en" }]
})
