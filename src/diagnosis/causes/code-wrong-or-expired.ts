import { defineCause } from "../cause"

export const cause = defineCause({
  id: "code-wrong-or-expired",
  category: "verification-failed",
  title: { "zh-CN": "验证码输错了或已过期", en: "The code was wrong or had expired" },
  explanation: {
    "zh-CN": "输入的验证码不对，或者已经过了有效时间。请重新获取，只输入最新一条短信里的验证码，并尽快输入。",
    en: "The code you typed was wrong or too old. Ask for a new one, use only the newest message, and enter it promptly."
  },
  technical: { "zh-CN": "OTP 校验失败或过期（银联全渠道应答码 71：动态口令或短信验证码校验失败）。", en: "OTP mismatch or expiry (UnionPay online response 71)." },
  recognition: {
    concepts: [[/\bcode\b|otp|passcode|one-time|验证码|动态(密码|口令)|\bmã\b|kod|código/, /incorrect|invalid|wrong|expired|timed out|超时|didn't work|did not work|not valid|错误|有误|不正确|无效|失效|过期|hatalı|sai\b|incorrecto/]],
    text: [
      /(verification|sms|one-time|otp|auth) ?(code|password|passcode)?.{0,24}(incorrect|invalid|wrong|expired|not valid|mismatch)/,
      /(incorrect|invalid|wrong|expired) (verification code|otp|one-time (password|code|passcode)|passcode|sms code)/,
      /(one-time password|passcode|otp).{0,20}(has )?expired/,
      /验证码.{0,6}(错误|有误|不正确|无效|已失效|已过期|失效|过期|校验失败)/,
      /动态(密码|口令).{0,6}(错误|有误|失效|校验失败)/,
      /mã (otp|xác thực|xác minh).{0,20}(không đúng|sai|hết hạn)/,
      /doğrulama kodu.{0,10}(hatalı|geçersiz|yanlış)/,
      /código de verificación.{0,12}(incorrecto|inválido|caducado)/,
      /code de vérification.{0,12}(incorrect|invalide|expiré)/
    ],
    codes: { unionpay: ["71"] },
    exclude: [/security code|卡片验证码|\bcvv|\bcvc|\bcvn|安全码|次数(超限|过多)|too many/],
    steps: ["verification"]
  },
  fixes: ["enter-latest-code-promptly", "improve-signal-and-wait"],
  examples: [
    { text: "The verification code you entered is incorrect.", lang: "en" },
    { text: "验证码错误，请重新输入", lang: "zh-CN" },
    { text: "驗證碼錯誤或已過期", lang: "zh-TW" },
    { text: "Mã OTP không đúng hoặc đã hết hạn.", lang: "vi" }
  ],
  negatives: [
    { text: "请输入短信验证码", lang: "zh-CN" },
    { text: "Your card's security code is incorrect.", lang: "en" }
  ]
})
