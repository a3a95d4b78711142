import { defineCause } from "../cause"

export const cause = defineCause({
  id: "payment-time-limit-passed",
  category: "session-expired",
  title: { "zh-CN": "超过了付款时限", en: "The time allowed for payment ran out" },
  explanation: {
    "zh-CN": "这笔订单要在规定时间内付款，时间已经过了，订单被关闭。请重新进入申请，生成新的付款后再付。付款前先确认之前没有扣款。",
    en: "This order had to be paid within a set time, which has passed, so it was closed. Open your application again and start a new payment — after checking you weren't charged before."
  },
  technical: { "zh-CN": "支付订单/链接过期（超时关单）。", en: "Payment order or link expired (order closed on timeout)." },
  recognition: {
    concepts: [[/order|payment link|订单|付款链接|支付链接/, /expired|timed out|closed|超时|过期|关闭|失效/]],
    text: [
      /payment (window|time limit|deadline|link|period) (has )?(closed|expired|exceeded|passed)/,
      /payment time limit exceeded|time limit for payment/,
      /order (has been )?(cancell?ed|closed).{0,30}(time|expired|deadline)/,
      /订单(已)?(超时|过期)|订单.{0,2}逾期/,
      /支付超时|付款超时/,
      /超过(支付|付款)(时限|期限)/,
      /(付款|支付)链接(已)?(失效|过期)/
    ]
  },
  fixes: ["check-payment-status-first", "start-payment-again"],
  examples: [
    { text: "Payment time limit exceeded. This order has been cancelled.", lang: "en" },
    { text: "订单已超时关闭，请重新下单", lang: "zh-CN" },
    { text: "訂單已逾期，請重新建立", lang: "zh-TW" }
  ],
  negatives: [{ text: "请在30分钟内完成支付", lang: "zh-CN" }]
})
