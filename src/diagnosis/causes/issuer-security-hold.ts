import { defineCause } from "../cause"

export const cause = defineCause({
  id: "issuer-security-hold",
  category: "bank-restriction",
  title: { "zh-CN": "银行的安全系统拦下了这笔付款", en: "Your bank's security system stopped the payment" },
  explanation: {
    "zh-CN": "银行觉得这笔境外付款不太寻常，为了保护您先拦了下来。向银行确认是本人操作后，通常就能正常付款。",
    en: "Your bank found this overseas payment unusual and stopped it to protect you. Once you confirm to the bank that it's you, the payment usually goes through."
  },
  technical: {
    "zh-CN": "发卡行反欺诈拦截：ISO 8583 应答码 59，Stripe fraudulent，Braintree 2014，Adyen “Issuer Suspected Fraud”，EMV 3DS transStatusReason 11。",
    en: "Issuer fraud screening: ISO 8583 response 59, Stripe fraudulent, Braintree 2014, Adyen “Issuer Suspected Fraud”, EMV 3DS transStatusReason 11."
  },
  recognition: {
    concepts: [[/fraud|suspicious|unusual|欺诈|可疑|异常交易|交易异常|盗刷/, /bank|issuer|银行|发卡/]],
    text: [
      /suspected fraud|fraud suspected|suspect(ed)? of fraud/,
      /\bfraudulent\b/,
      /flagged (this |the |your )?(payment|transaction|charge) as (suspicious|fraud)/,
      /(bank|issuer).{0,30}(suspicious|unusual activity)/,
      /(怀疑|疑似)(欺诈|盗刷)|欺诈/,
      /银行.{0,6}(风险监控|风控|安全系统).{0,10}(拦截|拒绝)/,
      /(核实|确认)是否(为)?本人(操作|交易)/,
      /银行怀疑/
    ],
    codes: { iso8583: ["59"], braintree: ["2014"], "3ds-reason": ["11"] },
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["confirm-payment-with-bank", "wait-before-retry", "use-another-card"],
  examples: [
    { text: "Your bank flagged this payment as suspicious. Please contact them to confirm it was you.", lang: "en" },
    { text: "发卡行怀疑欺诈，交易已被拒绝，请致电银行确认", lang: "zh-CN" },
    { text: "銀行懷疑交易異常，已暫停授權，請致電銀行確認", lang: "zh-TW" }
  ],
  negatives: [{ text: "Transaction blocked by our fraud prevention system.", lang: "en" }],
  sources: [{ url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "Issuer Suspected Fraud", verified: true }]
})
