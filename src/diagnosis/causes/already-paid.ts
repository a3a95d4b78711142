import { defineCause } from "../cause"

export const cause = defineCause({
  id: "already-paid",
  category: "duplicate-payment",
  title: { "zh-CN": "这份申请已经付过款了", en: "This application has already been paid" },
  explanation: {
    "zh-CN": "网站显示这份申请已经付过费，不需要再付。请查看申请状态和银行扣款记录；如果被扣了两次，联系网站客服退款。",
    en: "The site says this application is already paid, so no further payment is needed. Check the application status and your bank record; if you were charged twice, ask the site for a refund."
  },
  technical: { "zh-CN": "订单已支付/已捕获（PayPal ORDER_ALREADY_CAPTURED）。", en: "Order already paid / captured (PayPal ORDER_ALREADY_CAPTURED)." },
  recognition: {
    concepts: [[/已(经)?(支付|缴纳|缴费|付款|付清)/, /订单|申请|费用|签证费|请勿重复|无需|不需要|不必/], [/already/, /\bpaid\b|completed|received|been made/, /payment|fee|reference|application|order/]],
    text: [
      /(has |have )?already (been )?paid|already been paid/,
      /payment (has )?already been (received|made|completed|processed)/,
      /fee (has )?already (been )?paid|no further payment is required/,
      /order_already_captured|already captured/,
      /已(缴费|缴纳)|无需(重复|再次)(支付|付款|缴费)/,
      /(此|该)(订单|申请)已(支付|付款|缴费|完成付款)/,
      /đã được thanh toán/,
      /ödemesi (daha önce )?yapılmış/
    ],
    hints: [/已完成(付款|支付)/],
    steps: ["payment-method", "confirmation", "receipt", "application"]
  },
  fixes: ["check-payment-status-first", "contact-portal-support"],
  examples: [
    { text: "This application has already been paid.", lang: "en" },
    { text: "该申请已缴费，无需重复支付", lang: "zh-CN" },
    { text: "此申請已完成付款，無須重複繳費", lang: "zh-TW" }
  ],
  negatives: [
    { text: "Thank you! Your payment has been received.", lang: "en" },
    { text: "恭喜您，付款已完成", lang: "zh-CN" }
  ],
  sources: [{ url: "https://developer.paypal.com/api/rest/reference/orders/v2/errors/", fact: "ORDER_ALREADY_CAPTURED", verified: false }]
})
