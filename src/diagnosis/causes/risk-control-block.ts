import { defineCause } from "../cause"

export const cause = defineCause({
  id: "risk-control-block",
  category: "too-many-attempts",
  title: { "zh-CN": "支付平台的风险控制拦下了付款", en: "The payment platform's risk control stopped the payment" },
  explanation: {
    "zh-CN": "支付平台的安全系统觉得这笔付款有风险，先拦了下来（常见于短时间多次重试、换了很多张卡或开着 VPN）。请停一停，过段时间用同一张卡在正常网络下再试一次。",
    en: "The payment platform's security system judged this payment risky and stopped it (often after many quick retries, several different cards, or a VPN). Pause, then try once more later with one card on a normal connection."
  },
  technical: { "zh-CN": "收单/网关侧风控（非发卡行）：Adyen “Transaction blocked by Adyen to prevent excessive retry fees”、FRAUD；银联“风险受限”。", en: "Acquirer / gateway-side risk rules (not the issuer): Adyen “Transaction blocked by Adyen to prevent excessive retry fees”, FRAUD; UnionPay “风险受限”." },
  recognition: {
    concepts: [[/risk|fraud|风险|风控/, /blocked|rejected|declined|拦截|拒绝|受限/]],
    text: [
      /fraud (prevention|screening|filter|check|detection)/,
      /risk (management|control|screening|check|assessment)/,
      /flagged by (our )?(risk|fraud|security)/,
      /blocked by (adyen|the gateway|our system|the payment provider)/,
      /excessive retr(y|ies)/,
      /风控|风险控制|风险受限|风险拦截|风险控管/,
      /被系统拦截|存在风险/
    ]
  },
  fixes: ["wait-before-retry", "check-connection", "contact-portal-support"],
  examples: [
    { text: "Transaction blocked by our fraud prevention system.", lang: "en" },
    { text: "风控拦截，交易失败", lang: "zh-CN" },
    { text: "交易觸發風險控管，已被攔截", lang: "zh-TW" }
  ],
  negatives: [{ text: "Your bank flagged this payment as suspicious. Please contact them to confirm it was you.", lang: "en" }],
  sources: [{ url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "Transaction blocked by Adyen to prevent excessive retry fees; FRAUD", verified: true }]
})
