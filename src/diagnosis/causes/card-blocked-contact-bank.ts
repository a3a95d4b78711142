import { defineCause } from "../cause"

export const cause = defineCause({
  id: "card-blocked-contact-bank",
  category: "bank-restriction",
  title: { "zh-CN": "卡被银行冻结或限制使用", en: "The bank has blocked or restricted the card" },
  explanation: {
    "zh-CN": "银行说这张卡现在不能用于这笔付款（可能被冻结、挂失或限制）。只有银行能解除，请打电话问问，或换一张卡。",
    en: "The bank says this card can't be used for this payment right now (it may be frozen, reported lost or restricted). Only the bank can lift this: call them, or use another card."
  },
  technical: {
    "zh-CN": "ISO 8583 应答码 04/07/41/43/57/62/78，Stripe lost_card / stolen_card / restricted_card / transaction_not_allowed / pickup_card，Braintree 2012/2013/2015/2047/2053/2057，Adyen “Blocked Card”“Restricted Card”，银联全渠道 78（发卡行交易权限受限）。",
    en: "ISO 8583 responses 04/07/41/43/57/62/78, Stripe lost_card / stolen_card / restricted_card / transaction_not_allowed / pickup_card, Braintree 2012/2013/2015/2047/2053/2057, Adyen “Blocked Card” / “Restricted Card”, UnionPay online 78."
  },
  recognition: {
    concepts: [[/card|卡|kart|tarjeta|carte/, /blocked|frozen|suspended|restricted|deactivated|冻结|挂失|暂停使用|停用|止付|注销|受限|bloke|bloquead|bloquée/]],
    text: [
      /transaction not permitted (to|for) (the )?cardholder/,
      /restricted[ _]card|blocked card/,
      /card (has been|is|was) (blocked|frozen|suspended|restricted|cancell?ed|deactivated)/,
      /\b(lost|stolen)[ _]card\b|card (reported )?(lost|stolen)/,
      /pick ?up card|pickup_card/,
      /restriction on (the|this|your) card/,
      /transaction_not_allowed|\bnot_permitted\b/,
      /(卡|卡片)(已)?(被)?(冻结|挂失|止付|注销|停用)/,
      /受限(制)?的卡|发卡行交易权限受限|卡状态(异常|不正确|不正常)|不允许持卡人进行的交易/,
      /(挂失|被窃|被盗)卡/,
      /kart.{0,8}bloke/,
      /tarjeta (restringida|bloqueada)/,
      /carte (bloquée|restreinte)/
    ],
    codes: {
      iso8583: ["04", "07", "41", "43", "57", "62", "78"],
      unionpay: ["41", "43", "57", "62", "63", "78"],
      braintree: ["2012", "2013", "2015", "2047", "2053", "2057"],
      "3ds-reason": ["10", "12"]
    },
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["contact-bank-about-card", "use-another-card"],
  examples: [
    { text: "Restricted card. Please contact your bank.", lang: "en" },
    { text: "Transaction not permitted to cardholder (57)", lang: "en" },
    { text: "该卡已被冻结，请联系发卡行", lang: "zh-CN" },
    { text: "此卡已掛失停用", lang: "zh-TW" }
  ],
  negatives: [{ text: "It seems you've lost your connection. We'll try to reconnect.", lang: "en" }],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "lost_card, stolen_card, restricted_card, transaction_not_allowed, pickup_card", verified: true },
    { url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "Blocked Card, Restricted Card, Transaction Not Permitted", verified: true },
    { url: "https://developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses", fact: "2012, 2013, 2015, 2047, 2053, 2057", verified: true }
  ]
})
