import { defineCause } from "../cause"

export const cause = defineCause({
  id: "online-payments-off",
  category: "bank-restriction",
  title: { "zh-CN": "这张卡没有开通网上支付", en: "Online payments are turned off for this card" },
  explanation: {
    "zh-CN": "这张卡还不能在网上使用（只能刷卡或取现）。在银行 App 或柜台开通网上支付后再试。",
    en: "This card can't be used online yet (only in shops or at ATMs). Turn on online payments in your bank app or at a branch, then try again."
  },
  technical: {
    "zh-CN": "发卡行未开通 CNP/电子商务交易；银联全渠道应答码 72（未开通无卡支付）、77（未开通认证支付），未能逐一核实。",
    en: "Issuer has card-not-present / e-commerce use off; UnionPay online response codes 72 (no-card payment not signed up) and 77 (authenticated payment not enabled) — not all confirmed."
  },
  recognition: {
    text: [
      /not enabled for (online|internet|e-?commerce|card-not-present|web)( purchases| transactions| payments| use)?/,
      /(online|internet|e-?commerce|web) (purchases|transactions|payments) (are )?(disabled|not (enabled|allowed|permitted))/,
      /未.{0,6}(开通|开启|签约).{0,4}(在线|网上|网络|无卡|认证|快捷)(支付|交易)/,
      /chưa đăng ký (dịch vụ )?thanh toán trực tuyến/,
      /internet (alışverişine|işlemlerine) kapalı/
    ],
    codes: { unionpay: ["72", "77"] },
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["contact-bank-enable-online", "use-another-card"],
  examples: [
    { text: "Your card is not enabled for online purchases. Please contact your card issuer.", lang: "en" },
    { text: "交易失败：该卡未开通银联无卡支付业务", lang: "zh-CN" },
    { text: "此卡片未開通網路交易功能", lang: "zh-TW" }
  ],
  negatives: [{ text: "交易失败：您的卡未开通境外支付功能", lang: "zh-CN" }],
  sources: [{ url: "https://open.unionpay.com/tjweb/api/detail?apiSvcId=131&index=370", fact: "UnionPay online response code table (72, 77 wording not confirmed here)", verified: false }]
})
