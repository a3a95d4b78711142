import { defineCause } from "../cause"

export const cause = defineCause({
  id: "wrong-card-number",
  category: "card-details",
  title: { "zh-CN": "卡号输入有误", en: "The card number was mistyped" },
  explanation: {
    "zh-CN": "网站或银行认不出这个卡号，通常是少输、多输或输错了一位数字。请对照卡片重新输入。",
    en: "The site or the bank doesn't recognise this card number — usually a digit is missing, extra or swapped. Please type it again from the card."
  },
  technical: {
    "zh-CN": "卡号未通过 Luhn 校验或发卡行查无此卡：ISO 8583 应答码 14，Stripe incorrect_number / invalid_number，Braintree 2005/2008，EMV 3DS transStatusReason 06。",
    en: "PAN failed the Luhn check or the issuer has no such card: ISO 8583 response 14, Stripe incorrect_number / invalid_number, Braintree 2005/2008, EMV 3DS transStatusReason 06."
  },
  recognition: {
    concepts: [[/card ?number|卡号|số thẻ|kart numara|número de tarjeta|numéro de carte/, /invalid|incorrect|wrong|not valid|not recogni[sz]ed|check|error|format|错误|有误|无效|不正确|格式|不存在|geçersiz|hatalı|inválido|invalide|không hợp lệ/]],
    text: [
      /(invalid|incorrect|wrong|not a valid) (credit |debit )?card ?(number|no\b)/,
      /card ?number (is |was )?(invalid|incorrect|wrong|not valid|not correct|failed validation|is not a valid)/,
      /(enter|provide) a valid (credit |debit )?card ?number/,
      /incorrect_number|invalid_number|invalid credit card number/,
      /卡号.{0,4}(无效|错误|有误|不正确|不存在|不合法)/,
      /(无效|错误)的?(银行)?卡号/,
      /(请输入|请填写)(正确|有效)的?(银行|信用)?卡号/,
      /số thẻ (không hợp lệ|không đúng|sai)/,
      /kart numara(sı|nız) (geçersiz|hatalı|yanlış)/,
      /número de (la )?tarjeta (no es válido|inválido|incorrecto)/,
      /numéro de carte (est )?(invalide|incorrect)/,
      /nomor kartu (tidak valid|salah)/,
      /หมายเลขบัตร.{0,6}ไม่ถูกต้อง/,
      /رقم البطاقة.{0,10}غير (صحيح|صالح)/
    ],
    codes: { iso8583: ["14"], unionpay: ["14"], braintree: ["2005", "2008"], "3ds-reason": ["06"] },
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["check-card-details", "use-another-card"],
  examples: [
    { text: "Your card number is incorrect.", lang: "en" },
    { text: "Transaction declined (14)", lang: "en" },
    { text: "卡号错误，请重新输入", lang: "zh-CN" },
    { text: "信用卡卡號錯誤，請重新輸入", lang: "zh-TW" },
    { text: "Số thẻ không hợp lệ.", lang: "vi" },
    { text: "Girdiğiniz kart numaranız hatalı.", lang: "tr" },
    { text: "Nomor kartu tidak valid.", lang: "id" }
  ],
  negatives: [
    { text: "Card number", lang: "en" },
    { text: "卡号（16 位）", lang: "zh-CN" }
  ],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "incorrect_number, invalid_number", verified: true },
    { url: "https://developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses", fact: "2005 Invalid Credit Card Number, 2008 Card Account Length Error", verified: true }
  ]
})
