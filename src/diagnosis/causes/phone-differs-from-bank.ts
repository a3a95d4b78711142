import { defineCause } from "../cause"

export const cause = defineCause({
  id: "phone-differs-from-bank",
  category: "verification-failed",
  title: { "zh-CN": "手机号和银行预留的不一致", en: "The phone number differs from the one your bank holds" },
  explanation: {
    "zh-CN": "银行只会把验证码发到您办卡时预留的手机号。填写的号码和预留的不一样，验证就过不了。请用预留号码，或先到银行更新号码。",
    en: "Your bank only sends the code to the number you gave it. If the number differs, the check fails. Use that number, or update it with your bank first."
  },
  technical: { "zh-CN": "持卡人手机号与发卡行预留不符（银联全渠道应答码 66：持卡人身份信息或手机号输入不正确；seed 案例三）。", en: "Cardholder phone differs from the issuer's record (UnionPay online response 66; seed case 3)." },
  recognition: {
    concepts: [[/phone|mobile|手机|电话/, /(does not|doesn't) match|mismatch|differs|不一致|不符|不匹配/]],
    text: [
      /(mobile|phone) number.{0,40}(does not match|doesn't match|differs|different from|not the same).{0,40}(bank|registered|on file|record)/,
      /(手机号|手机号码|电话号码?).{0,16}(预留|登记|留存).{0,10}(不一致|不符|不同|不匹配)/,
      /(预留|登记|留存)(的)?(手机号|手机号码|号码).{0,6}(不一致|不符|不同)/,
      /不是.{0,10}(预留|留存)的(手机)?号码/,
      /(身份信息或手机号|手机号).{0,4}(输入)?不正确/
    ],
    codes: { unionpay: ["66"] },
    signals: [{ signal: "phone-differs", weight: 0.75 }],
    steps: ["verification", "card-entry"]
  },
  fixes: ["use-bank-registered-phone", "update-bank-phone"],
  examples: [
    { text: "The mobile number does not match the number registered with your bank.", lang: "en" },
    { text: "手机号与银行预留手机号不一致", lang: "zh-CN" },
    { text: "手機號碼與銀行留存號碼不符", lang: "zh-TW" },
    { text: "", lang: "en", step: "verification", evidence: { answers: { phoneDiffersFromBank: true } } }
  ],
  negatives: [{ text: "We have sent a one-time password to your registered mobile number.", lang: "en" }]
})
