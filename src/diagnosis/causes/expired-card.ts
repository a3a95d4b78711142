import { defineCause } from "../cause"

export const cause = defineCause({
  id: "expired-card",
  category: "card-details",
  title: { "zh-CN": "这张卡已过期", en: "The card has expired" },
  explanation: {
    "zh-CN": "银行说这张卡已经过了有效期。如果卡上的日期还没到，可能是填错了有效期；如果已经过期，请换用新卡。",
    en: "The bank says this card is past its expiry date. If the date on the card hasn't passed, the expiry may have been mistyped; otherwise use your new card."
  },
  technical: {
    "zh-CN": "ISO 8583 应答码 54，Stripe expired_card，PayPal CARD_EXPIRED，Braintree 2004，Adyen “Expired Card”，EMV 3DS transStatusReason 05。",
    en: "ISO 8583 response 54, Stripe expired_card, PayPal CARD_EXPIRED, Braintree 2004, Adyen “Expired Card”, EMV 3DS transStatusReason 05."
  },
  recognition: {
    concepts: [[/card|卡|thẻ|kart|tarjeta|carte/, /\bexpired|past its expiry|过期|过了有效期|已过有效期|逾期|hết hạn|vencida|caducada|expirée|süresi dolmuş/]],
    text: [
      /\bexpired[ _]card\b|card[ _]expired|card (has|is) expired|card you entered has expired/,
      /(该|此)?卡(片)?(已)?过期|过期的卡|卡(片)?已逾期|此卡已逾期/,
      /卡(片)?(已经?)?(超过|超出|过了)(了)?有效期/,
      /thẻ (đã )?hết hạn/,
      /kartınızın süresi dolmuş|kartın süresi dolmuş/,
      /tarjeta (vencida|caducada)/,
      /carte expirée/,
      /kartu (anda )?(sudah |telah )?kedaluwarsa/,
      /บัตร.{0,6}หมดอายุ/,
      /البطاقة منتهية الصلاحية|انتهت صلاحية البطاقة/
    ],
    codes: { iso8583: ["54"], unionpay: ["54"], braintree: ["2004"], "3ds-reason": ["05"] },
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["check-card-details", "use-another-card"],
  examples: [
    { text: "Your card has expired.", lang: "en" },
    { text: "CARD_EXPIRED", lang: "en" },
    { text: "该卡已过期，请更换其他银行卡", lang: "zh-CN" },
    { text: "此卡已逾期，請改用其他卡片", lang: "zh-TW" },
    { text: "您的银行卡已经超出有效期，请换一张卡", lang: "zh-CN" },
    { text: "Kartu Anda sudah kedaluwarsa.", lang: "id" }
  ],
  negatives: [
    { text: "Your session has expired. Please log in again.", lang: "en" },
    { text: "Expiry date (MM/YY)", lang: "en" }
  ],
  sources: [
    { url: "https://developer.paypal.com/api/handle-payment-failures", fact: "CARD_EXPIRED", verified: true },
    { url: "https://docs.stripe.com/declines/codes", fact: "expired_card", verified: true }
  ]
})
