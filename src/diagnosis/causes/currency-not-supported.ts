import { defineCause } from "../cause"

export const cause = defineCause({
  id: "currency-not-supported",
  category: "method-not-accepted",
  title: { "zh-CN": "这张卡不能用这种货币付款", en: "The card can't pay in this currency" },
  explanation: {
    "zh-CN": "签证费用外币收取，而这张卡只能用人民币（或别的币种）结算。请换一张支持外币的双币或全币种信用卡。",
    en: "The fee is charged in a foreign currency this card can't pay in. Use a dual- or multi-currency credit card."
  },
  technical: {
    "zh-CN": "Stripe currency_not_supported，PayPal CURRENCY_NOT_SUPPORTED，Braintree 2064（Invalid Currency Code）。人民币单币卡常见。",
    en: "Stripe currency_not_supported, PayPal CURRENCY_NOT_SUPPORTED, Braintree 2064 (Invalid Currency Code). Common with CNY-only cards."
  },
  recognition: {
    concepts: [[/currency|币种|货币|\binr\b|\busd\b|\beur\b|美元|欧元|卢比|外币|devise|moneda/, /not supported|unsupported|not accepted|not available|不支持|不接受|cannot be used|无法使用|non (prise en charge|acceptée)|no (admitida|aceptada|disponible)|desteklenmiyor|không (được )?hỗ trợ|tidak didukung/]],
    text: [
      /currency[ _]not[ _]supported|currency (is )?not supported/,
      /(does not|doesn't|cannot|can't) support (this|the|that|the selected) currency/,
      /invalid currency( code)?/,
      /不支持(此|该|这个|这种)?(币种|货币)|币种.{0,6}(不受支持|不支持)/,
      /不支持(美元|欧元|外币|美金|英镑).{0,4}(交易|支付|结算)?/,
      /devise non (prise en charge|supportée)/,
      /moneda no (admitida|soportada)/,
      /(not available|unavailable|not supported) (for|in|with) (your|this|that|the selected|the) currency/,
      /para bu para birimi.{0,20}(desteklenmiyor|kullanılamaz)|para birimi desteklenmiyor/,
      /loại tiền( tệ)?.{0,15}không (được )?hỗ trợ/,
      /mata uang.{0,15}tidak didukung/
    ],
    codes: { braintree: ["2064"] },
    steps: ["payment-method", "card-entry", "confirmation"]
  },
  fixes: ["use-card-for-this-currency", "use-visa-or-mastercard-credit"],
  examples: [
    { text: "Your card does not support this currency.", lang: "en" },
    { text: "您的卡不支持美元交易，请使用支持外币的双币卡", lang: "zh-CN" },
    { text: "您的卡片不支援此幣別", lang: "zh-TW" },
    { text: "Sorry, this way of paying can't be used with the selected currency — it is not available for EUR.", lang: "en" },
    { text: "Bu para birimi desteklenmiyor.", lang: "tr" }
  ],
  negatives: [{ text: "Total amount: USD 80.00", lang: "en" }],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "currency_not_supported", verified: true },
    { url: "https://developer.paypal.com/api/handle-payment-failures", fact: "CURRENCY_NOT_SUPPORTED", verified: true }
  ]
})
