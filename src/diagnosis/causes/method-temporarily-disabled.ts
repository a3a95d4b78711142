import { defineCause } from "../cause"

export const cause = defineCause({
  id: "method-temporarily-disabled",
  category: "method-not-accepted",
  title: { "zh-CN": "这个支付方式暂时停用", en: "This payment method is switched off for now" },
  explanation: {
    "zh-CN": "网站暂时关闭了这个支付方式（多半在维护）。可以换别的支付方式，或晚些时候再用它。",
    en: "The site has switched this payment method off for now (usually maintenance). Use another method, or come back later."
  },
  technical: { "zh-CN": "支付通道临时下线或维护（seed 2.4 “临时禁用”）。", en: "Payment channel temporarily offline or under maintenance (seed 2.4)." },
  recognition: {
    concepts: [[/payment method|payment option|支付方式|付款方式|支付通道|通道/, /temporar|currently unavailable|暂时|暂停|维护/]],
    text: [
      /(payment method|payment option|card payments?|paypal|alipay|this method|this option).{0,30}(temporarily (unavailable|disabled|suspended)|currently unavailable|unavailable due to maintenance)/,
      /(支付方式|支付通道|付款方式|通道).{0,8}(暂时不可用|暂停服务|维护中|暂时无法使用|暂不可用)/,
      /ödeme yöntemi geçici olarak kullanılamıyor/,
      /método de pago.{0,20}temporalmente no disponible/
    ],
    steps: ["payment-method", "confirmation"]
  },
  fixes: ["choose-another-method", "check-maintenance-and-avoid-peak"],
  examples: [
    { text: "This payment method is temporarily unavailable. Please choose another one.", lang: "en" },
    { text: "银行卡支付通道维护中，请使用其他方式支付", lang: "zh-CN" },
    { text: "此付款方式暫時無法使用", lang: "zh-TW" }
  ],
  negatives: [{ text: "Choose a payment method", lang: "en" }]
})
