import { defineCause } from "../cause"

export const cause = defineCause({
  id: "generic-decline",
  category: "generic-decline",
  title: { "zh-CN": "银行拒绝了付款，但没有说明原因", en: "The bank declined without giving a reason" },
  explanation: {
    "zh-CN": "银行拒绝了这笔付款，但没有告诉网站原因。最常见的是卡没开通境外支付或被银行的安全系统拦下。请先给银行打电话问清原因，不要反复重试。",
    en: "Your bank refused the payment without telling the site why. Most often overseas payments are off or the bank's security system stepped in. Call your bank to ask, rather than retrying again and again."
  },
  technical: {
    "zh-CN": "无具体原因的拒绝：ISO 8583 应答码 05（Do not honour）/01，Stripe do_not_honor / generic_decline / card_declined，PayPal INSTRUMENT_DECLINED，Braintree 2000/2038/2046，Adyen “Refused”，银联全渠道 60。",
    en: "Reasonless decline: ISO 8583 response 05 (do not honour) / 01, Stripe do_not_honor / generic_decline / card_declined, PayPal INSTRUMENT_DECLINED, Braintree 2000/2038/2046, Adyen “Refused”, UnionPay online 60."
  },
  recognition: {
    concepts: [[/payment|transaction|card|charge|付款|交易|支付|pago|paiement|ödeme|işlem|thanh toán|giao dịch|pembayaran|transaksi|tarjeta|carte|\bkart|thẻ|kartu/, /not (been )?(authori[sz]ed|approved)|unauthori[sz]ed|未获授权|未经授权|未授权|未被批准|未获批准|未批准|no autorizad|non autorisée?|yetkilendirilmedi|onaylanmadı|không được (chấp thuận|cấp phép)|tidak (disetujui|diotorisasi)/]],
    text: [
      /\bdeclined?\b|do not hono(u)?r|do_not_honou?r|generic_decline|card_declined|instrument_declined/,
      /\brefused\b|(transaction|payment|authori[sz]ation) (was )?(rejected|denied|not approved)/,
      /交易(被)?拒绝|拒绝(了)?(本次)?交易|被拒绝|(银行|发卡行)拒绝|不予承兑|授权失败|扣款失败/,
      /交易失败.{0,4}详情请(咨询|联系).{0,6}发卡行/,
      /bị từ chối|reddedildi|onaylanmadı|denegad[oa]|rechazad[oa]|refusée?|recusad[oa]|ditolak|ถูกปฏิเสธ|مرفوض|تم رفض/
    ],
    codes: { iso8583: ["05", "01", "02"], unionpay: ["05", "01", "60"], braintree: ["2000", "2038", "2046", "2044", "2041"] },
    steps: ["card-entry", "confirmation", "verification"]
  },
  fallback: true,
  fixes: ["contact-bank-enable-overseas", "contact-bank-about-card", "wait-before-retry", "use-another-card"],
  examples: [
    { text: "Your card was declined.", lang: "en" },
    { text: "Do not honor", lang: "en" },
    { text: "交易被拒绝", lang: "zh-CN" },
    { text: "交易遭拒", lang: "zh-TW" },
    { text: "İşlem reddedildi.", lang: "tr" },
    { text: "Transacción denegada.", lang: "es" },
    { text: "Transacción denegada por el banco emisor.", lang: "es" },
    { text: "交易未經授權，請洽發卡銀行", lang: "zh-TW" },
    { text: "Pembayaran ditolak oleh bank Anda.", lang: "id" }
  ],
  negatives: [
    { text: "Payment successful", lang: "en" },
    { text: "We accept Visa, Mastercard and UnionPay.", lang: "en" }
  ],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "do_not_honor, generic_decline", verified: true },
    { url: "https://developer.paypal.com/docs/checkout/standard/customize/handle-funding-failures/", fact: "INSTRUMENT_DECLINED", verified: true },
    { url: "https://developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses", fact: "2000 Do Not Honor, 2038, 2046", verified: true }
  ]
})
