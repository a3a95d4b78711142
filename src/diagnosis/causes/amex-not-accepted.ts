import { defineCause } from "../cause"

export const cause = defineCause({
  id: "amex-not-accepted",
  category: "method-not-accepted",
  title: { "zh-CN": "网站不接受美国运通卡", en: "The site doesn't take American Express" },
  explanation: {
    "zh-CN": "这个网站不收美国运通卡。请改用 Visa 或万事达（Mastercard）卡。",
    en: "This site doesn't take American Express. Please use a Visa or Mastercard card."
  },
  technical: { "zh-CN": "商户未开通 American Express 受理。", en: "The merchant account is not enabled for American Express." },
  recognition: {
    text: [
      /(american express|\bamex\b|美国运通|运通卡).{0,20}(not accepted|not supported|is not available|不接受|不支持|暂不支持)/,
      /(don't|do not|does not|cannot) accept (american express|amex)/,
      /(不接受|不支持|暂不支持)(使用)?(美国运通|american express|amex)/
    ],
    signals: [{ signal: "method-not-accepted", method: "amex", weight: 0.6 }],
    steps: ["payment-method", "card-entry", "confirmation"]
  },
  fixes: ["use-visa-or-mastercard-credit", "show-accepted-methods"],
  examples: [
    { text: "Sorry, we don't accept Amex.", lang: "en" },
    { text: "不接受美国运通卡", lang: "zh-CN" }
  ],
  negatives: [{ text: "We accept Visa, Mastercard and American Express.", lang: "en" }]
})
