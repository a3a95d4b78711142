import { defineCause } from "../cause"

export const cause = defineCause({
  id: "foreign-transaction-limit",
  category: "bank-restriction",
  title: { "zh-CN": "超过了境外交易限额", en: "The card's overseas spending limit was exceeded" },
  explanation: {
    "zh-CN": "您的卡给境外付款设了上限，这笔签证费超过了上限。联系银行或在银行 App 里把境外限额调高后再付。",
    en: "Your card has a cap on overseas payments and this fee is above it. Ask your bank (or use its app) to raise the overseas limit, then pay again."
  },
  technical: {
    "zh-CN": "发卡行为跨境/境外 CNP 交易设置的单笔或累计限额被触发，常以 61 或 do_not_honor 返回。",
    en: "Issuer's per-payment or cumulative cap on cross-border card-not-present spending was hit; often returned as 61 or do_not_honor."
  },
  recognition: {
    concepts: [[/international|overseas|foreign|境外|海外|国外|跨境|国际/, /\blimit|限额|额度|\bcap\b/]],
    text: [
      /(international|overseas|foreign|cross-border) (transaction |spending |purchase |payment )?limit/,
      /limit for (foreign|overseas|international) (merchants|transactions|payments)/,
      /(境外|海外|国际|跨境)(网上)?(交易|消费|支付)?(单笔|单日)?(限额|额度)/
    ],
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["contact-bank-raise-limit", "contact-bank-enable-overseas", "use-another-card"],
  examples: [
    { text: "Your international transaction limit has been exceeded.", lang: "en" },
    { text: "超出境外交易限额，请联系银行调整", lang: "zh-CN" },
    { text: "超過海外交易額度", lang: "zh-TW" }
  ],
  negatives: [{ text: "余额不足，支付失败", lang: "zh-CN" }]
})
