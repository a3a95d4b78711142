import { defineCause } from "../cause"

export const cause = defineCause({
  id: "wrong-security-code",
  category: "card-details",
  title: { "zh-CN": "安全码（卡背面三位数）有误", en: "The security code on the back of the card was wrong" },
  explanation: {
    "zh-CN": "卡背面签名栏旁的三位数字（美国运通卡为正面四位）填得不对。请对照卡片重新输入。",
    en: "The 3 digits near the signature strip on the back (4 on the front for American Express) didn't match. Please type them again."
  },
  technical: {
    "zh-CN": "CVV2/CVC2/CVN2 校验失败：Visa 应答码 N7，Stripe incorrect_cvc / invalid_cvc，Braintree 2010，Adyen “CVC Declined”。",
    en: "CVV2/CVC2/CVN2 check failed: Visa response N7, Stripe incorrect_cvc / invalid_cvc, Braintree 2010, Adyen “CVC Declined”."
  },
  recognition: {
    concepts: [[/\bcvv|\bcvc|\bcvn|security code|安全码|\bcid\b/, /invalid|incorrect|wrong|doesn't match|does not match|mismatch|failed|declined|错误|有误|无效|不正确|hatalı|incorrecto/]],
    text: [
      /(security code|\bcvv2?\b|\bcvc2?\b|\bcvn2?\b|\bcid\b).{0,30}(incorrect|invalid|wrong|mismatch|failed|declined|does not match|is not valid)/,
      /(incorrect|invalid|wrong)[ _](cvc|cvv|security code)/,
      /cvc check failed|declined cvv|cvc declined/,
      /安全码.{0,12}(错误|有误|不正确|无效)/,
      /(cvv2?|cvn2?|cvc2?)(码)?.{0,6}(错误|有误|不正确|无效)/,
      /卡片验证码/,
      /(卡背面|卡片背面).{0,10}(三位|末三码|数字).{0,6}(错误|有误|不正确)/,
      /末三码错误/,
      /güvenlik kodu.{0,8}(hatalı|geçersiz)/,
      /código de seguridad.{0,12}(incorrecto|inválido|no es válido)/,
      /cryptogramme.{0,20}(incorrect|invalide)/,
      /code de sécurité.{0,12}(incorrect|invalide)/,
      /mã (bảo mật|cvv|cvc).{0,10}(không đúng|sai|không hợp lệ)/,
      /kode keamanan.{0,10}(salah|tidak valid)/,
      /رمز الأمان.{0,10}غير (صحيح|صالح)/
    ],
    codes: { iso8583: ["N7"], braintree: ["2010"] },
    steps: ["card-entry", "confirmation"]
  },
  fixes: ["check-card-details"],
  examples: [
    { text: "Your card's security code is incorrect.", lang: "en" },
    { text: "Declined: N7 - CVV2 mismatch", lang: "en" },
    { text: "安全码（CVV2）错误，请检查卡背面的三位数字", lang: "zh-CN" },
    { text: "卡片背面末三碼錯誤，請重新輸入", lang: "zh-TW" }
  ],
  negatives: [
    { text: "Security code (CVV)", lang: "en" },
    { text: "验证码错误，请重新输入", lang: "zh-CN" }
  ],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "incorrect_cvc, invalid_cvc", verified: true },
    { url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "CVC Declined", verified: true }
  ]
})
