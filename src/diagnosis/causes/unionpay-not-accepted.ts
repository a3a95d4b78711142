import { defineCause } from "../cause"

export const cause = defineCause({
  id: "unionpay-not-accepted",
  category: "method-not-accepted",
  title: { "zh-CN": "网站不接受银联卡", en: "The site doesn't take UnionPay cards" },
  explanation: {
    "zh-CN": "这个签证网站不能用银联卡付款。请改用带 Visa 或万事达（Mastercard）标志的信用卡。",
    en: "This visa website can't take UnionPay cards. Please use a credit card with the Visa or Mastercard logo."
  },
  technical: {
    "zh-CN": "收单机构未接入银联网络；单标银联卡（62 开头）无法走 Visa/Mastercard 通道。",
    en: "The acquirer is not connected to the UnionPay network; UnionPay-only cards (BIN 62…) cannot route over Visa/Mastercard."
  },
  recognition: {
    concepts: [[/union ?pay|银联/, /not (accepted|supported)|不支持|不接受|无法使用|不可用/]],
    text: [
      /(union ?pay|银联)(卡)?.{0,25}(not (accepted|supported)|cannot be used|不支持|不接受|不可用|无法使用)/,
      /(不支持|不接受|暂不支持|无法使用)(使用)?(中国)?(银联|union ?pay)/,
      /(do not|don't|cannot) accept (china )?union ?pay/
    ],
    signals: [{ signal: "method-not-accepted", method: "unionpay", weight: 0.6 }],
    steps: ["payment-method", "card-entry", "confirmation"]
  },
  fixes: ["use-visa-or-mastercard-credit", "show-accepted-methods"],
  examples: [
    { text: "UnionPay cards are not accepted.", lang: "en" },
    { text: "本网站不支持银联卡支付，请使用Visa或万事达卡", lang: "zh-CN" },
    { text: "不接受銀聯卡", lang: "zh-TW" }
  ],
  negatives: [
    { text: "We accept Visa, Mastercard and UnionPay.", lang: "en" },
    { text: "我们接受Visa、万事达卡和银联卡", lang: "zh-CN" }
  ]
})
