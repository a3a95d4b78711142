import { defineCause } from "../cause"

export const cause = defineCause({
  id: "wrong-expiry-date",
  category: "card-details",
  title: { "zh-CN": "有效期填写有误", en: "The expiry date was entered wrongly" },
  explanation: {
    "zh-CN": "填写的有效期和卡片上的不一样。请看卡片正面的“月/年”，按同样的顺序填写。",
    en: "The expiry date doesn't match the card. Look at the month/year on the front of the card and enter it in the same order."
  },
  technical: {
    "zh-CN": "到期日格式或数值错误：Stripe invalid_expiry_month / invalid_expiry_year，Braintree 2006。",
    en: "Expiry format or value rejected: Stripe invalid_expiry_month / invalid_expiry_year, Braintree 2006."
  },
  recognition: {
    concepts: [[/expir(y|ation)|有效期|到期日|son kullanma|caducidad|vencimiento|ngày hết hạn/, /invalid|incorrect|wrong|not valid|check|错误|有误|无效|不正确|格式|geçersiz|hatalı|inválid|không hợp lệ|invalide/]],
    text: [
      /(expiration|expiry|exp\.?) ?(date|month|year) (is |was )?(invalid|incorrect|wrong|not valid)/,
      /(invalid|incorrect|wrong) (expiration|expiry) ?(date|month|year)?/,
      /invalid_expiry_(month|year)/,
      /有效期(限)?.{0,6}(不正确|有误|错误|无效|格式)/,
      /ngày hết hạn (không hợp lệ|sai)/,
      /son kullanma tarihi (geçersiz|hatalı)/,
      /fecha de (caducidad|vencimiento) (no es válida|inválida|incorrecta)/,
      /date d'expiration (invalide|incorrecte)/
    ],
    codes: { braintree: ["2006"] },
    steps: ["card-entry", "confirmation"]
  },
  fixes: ["check-card-details"],
  examples: [
    { text: "Your card's expiration date is incorrect.", lang: "en" },
    { text: "有效期格式不正确，请按 月/年 填写", lang: "zh-CN" },
    { text: "有效期限錯誤，請確認卡片正面的到期日", lang: "zh-TW" }
  ],
  negatives: [
    { text: "Expiry date (MM/YY)", lang: "en" },
    { text: "Your card has expired.", lang: "en" }
  ],
  sources: [{ url: "https://docs.stripe.com/declines/codes", fact: "invalid_expiry_month, invalid_expiry_year", verified: true }]
})
