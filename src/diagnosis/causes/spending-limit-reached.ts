import { defineCause } from "../cause"

export const cause = defineCause({
  id: "spending-limit-reached",
  category: "insufficient-funds",
  title: { "zh-CN": "超过了卡的消费限额", en: "The card's spending limit was reached" },
  explanation: {
    "zh-CN": "这笔金额超过了卡的单笔或每日消费限额。可以在银行 App 里临时调高限额，或换一张卡。",
    en: "This amount is over the card's per-payment or daily limit. You can raise the limit for now in your bank app, or use another card."
  },
  technical: {
    "zh-CN": "ISO 8583 应答码 61（超出金额限制），Stripe card_velocity_exceeded，Braintree 2002/2003，Adyen “Withdrawal amount exceeded”。",
    en: "ISO 8583 response 61 (exceeds amount limit), Stripe card_velocity_exceeded, Braintree 2002/2003, Adyen “Withdrawal amount exceeded”."
  },
  recognition: {
    concepts: [[/limit|限额|限制|límite|limite/, /exceed|reached|over the|超|aşıldı|superado|dépassé/]],
    text: [
      /exceeds? (the )?withdrawal (amount )?limit|withdrawal amount exceeded/,
      /(daily|monthly|spending|card|credit|transaction|single) limit.{0,15}(exceeded|reached)/,
      /exceed(s|ed)? (your |its |the )?(daily |monthly )?(spending |credit |card |transaction )limit/,
      /card_velocity_exceeded|activity limit exceeded/,
      // Processors' terse "over limit" / "over credit limit" (ISO 8583 61 in some tables).
      /^(declined:? )?over (the |your )?(credit |card |spending |daily |monthly )?limit\b|\b(amount|payment|transaction) (is )?over (the |your )?(credit |card |spending )?limit/,
      /超(出|过)(单笔|单日|每日|当日|当月|每月)?(支付|交易|消费)?限(额|制)/,
      /(支付|交易)金额超(过|出)?(单笔|单日|当日|每日|当月)?(限制|限额)/,
      /金额超限/,
      /limit(iniz|i)? (yetersiz|aşıldı)/,
      /(superado|excede) el límite/
    ],
    hints: [/\blimit exceeded\b/],
    codes: { iso8583: ["61"], braintree: ["2002", "2003"] },
    exclude: [/境外|海外|跨境|国际|international|overseas|foreign|cross-border|attempts?|tries|frequency|count|次数|频繁/],
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["contact-bank-raise-limit", "use-another-card"],
  examples: [
    { text: "Your card has exceeded its daily spending limit.", lang: "en" },
    { text: "Declined: card_velocity_exceeded", lang: "en" },
    { text: "超出单笔支付限额，请选择其他支付方式", lang: "zh-CN" },
    { text: "已超過單筆交易限額", lang: "zh-TW" },
    { text: "Declined: over credit limit", lang: "en" }
  ],
  negatives: [{ text: "Exceeds withdrawal frequency limit (65)", lang: "en" }],
  sources: [{ url: "https://docs.stripe.com/declines/codes", fact: "card_velocity_exceeded", verified: true }]
})
