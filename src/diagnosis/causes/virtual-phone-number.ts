import { defineCause } from "../cause"

export const cause = defineCause({
  id: "virtual-phone-number",
  category: "verification-failed",
  title: { "zh-CN": "虚拟号码收不到银行验证码", en: "A virtual number can't receive the bank's code" },
  explanation: {
    "zh-CN": "银行要求用实名登记的手机号接收验证码，虚拟号码或非实名号码通常收不到。请换成实名手机号（seed 案例：小王）。",
    en: "Banks send the code only to a real, registered mobile number; virtual or unregistered numbers usually don't receive it. Switch to your real-name number."
  },
  technical: { "zh-CN": "虚拟运营商号段 / VoIP 号码被短信网关或发卡行拒收。", en: "Virtual operator ranges / VoIP numbers rejected by the SMS gateway or the issuer." },
  recognition: {
    text: [
      /virtual (phone |mobile )?numbers?/,
      /voip numbers?/,
      /虚拟(号码|号段|运营商|手机号)/,
      /实名(登记|认证)?的?手机号/
    ],
    signals: [{ signal: "virtual-phone", weight: 0.75 }],
    steps: ["verification", "card-entry", "login"]
  },
  fixes: ["use-bank-registered-phone", "update-bank-phone"],
  examples: [
    { text: "Virtual numbers cannot receive verification codes. Please use a real mobile number.", lang: "en" },
    { text: "不支持虚拟号码，请使用实名登记的手机号", lang: "zh-CN" },
    { text: "", lang: "en", step: "verification", evidence: { answers: { virtualPhone: true, codeReceived: "no" } } }
  ],
  negatives: [{ text: "验证码已发送至您的手机", lang: "zh-CN" }]
})
