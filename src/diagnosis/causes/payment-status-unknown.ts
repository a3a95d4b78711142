import { defineCause } from "../cause"

export const cause = defineCause({
  id: "payment-status-unknown",
  category: "site-or-gateway-error",
  title: { "zh-CN": "付款结果还不确定——先不要再付", en: "The payment result is unclear — don't pay again yet" },
  explanation: {
    "zh-CN": "网站没能确认这笔付款是否成功，钱可能已经扣了。请先不要再付一次：查看银行 App 有没有扣款，过几个小时再看申请状态。",
    en: "The site couldn't confirm whether the payment went through, and you may have been charged. Don't pay again yet: check your bank app for a charge and look at the application status in a few hours."
  },
  technical: { "zh-CN": "网关未收到发卡行应答或回调丢失（银联全渠道 03/04/05：超时、状态未明、已受理）。", en: "No issuer response / lost callback (UnionPay online 03/04/05: timeout, status unknown, accepted)." },
  recognition: {
    concepts: [[/status|result|outcome|结果|状态/, /unknown|unclear|could not be confirmed|not yet confirmed|确认中|未明|不明|未知|待确认/]],
    text: [
      /(status|result|outcome) (of (your|the) (payment|transaction) )?(is )?(unknown|unclear|could not be (confirmed|determined|verified))/,
      /could not (confirm|verify|determine) the (status|result) of (your|the) (payment|transaction)/,
      /payment status unknown/,
      /may or may not have (gone through|been (processed|charged|completed))/,
      /did not receive a response from (the|your) (bank|issuer|gateway|payment)/,
      /交易(状态|结果)(未明|不明|未知)/,
      /(支付|付款)结果(未知|不明|未明|待确认)/,
      /未收到(银行|支付机构)?(的)?返回(结果)?/
    ],
    // An earlier payment that is still pending is duplicate-payment (payment-in-progress): do not pay again.
    exclude: [/已有(一笔)?.{0,8}(待确认|处理中|未完成)|(you have|there is) (already )?(a|an) (pending|existing) (payment|transaction)/],
    steps: ["confirmation", "verification", "receipt"]
  },
  fixes: ["check-payment-status-first", "contact-portal-support"],
  examples: [
    { text: "Payment status unknown. If your account has been debited, do not attempt another payment.", lang: "en" },
    { text: "交易状态未明，请勿重复支付，稍后查询支付结果", lang: "zh-CN" },
    { text: "交易結果不明，請勿重複付款", lang: "zh-TW" }
  ],
  negatives: [{ text: "Payment successful", lang: "en" }]
})
