import { defineCause } from "../cause"

export const cause = defineCause({
  id: "duplicate-transaction",
  category: "duplicate-payment",
  title: { "zh-CN": "系统发现了重复的付款", en: "The system spotted a duplicate payment" },
  explanation: {
    "zh-CN": "刚刚已经提交过一笔一样的付款，系统拦下了这一笔，以免重复扣钱。请先查看银行扣款记录和申请状态。",
    en: "An identical payment was just submitted, so the system stopped this one to avoid charging you twice. Check your bank record and application status first."
  },
  technical: { "zh-CN": "重复交易检测：ISO 8583 应答码 94，Stripe duplicate_transaction，Braintree 2016，银联全渠道 12。", en: "Duplicate detection: ISO 8583 response 94, Stripe duplicate_transaction, Braintree 2016, UnionPay online 12." },
  recognition: {
    concepts: [[/duplicate|重复|duplicad|en double/, /transaction|payment|order|交易|订单|请求/]],
    text: [
      /duplicate[ _](transaction|payment|submission|order|request)/,
      /identical (payment|transaction).{0,30}(submitted|detected)/,
      /重复(交易|支付请求|提交订单|订单)|订单重复(提交)?|检测到重复支付/,
      /(同一|相同)(笔|个)?(交易|订单|付款|支付).{0,8}(多次|重复)|(不能|不可|请勿|禁止|不要)(多次|重复)(提交|支付|付款)/,
      /transacción duplicada|transaction en double/
    ],
    codes: { iso8583: ["94"], unionpay: ["12"], braintree: ["2016"] },
    steps: ["confirmation", "card-entry", "verification"]
  },
  fixes: ["check-payment-status-first", "wait-before-retry"],
  examples: [
    { text: "Duplicate transaction detected.", lang: "en" },
    { text: "重复交易，请勿重复提交", lang: "zh-CN" },
    { text: "重複交易", lang: "zh-TW" },
    { text: "相同订单请勿多次付款", lang: "zh-CN" }
  ],
  negatives: [{ text: "Pay now", lang: "en" }],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "duplicate_transaction", verified: true },
    { url: "https://developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses", fact: "2016 Duplicate Transaction", verified: true }
  ]
})
