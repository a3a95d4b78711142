import { defineCause } from "../cause"

export const cause = defineCause({
  id: "sms-service-down",
  category: "verification-failed",
  title: { "zh-CN": "发送验证码的服务暂时出故障", en: "The service that sends the code is down for now" },
  explanation: {
    "zh-CN": "发送验证码的短信服务暂时出了问题，不是您的原因。可以稍后再试，或改用语音验证码、邮件验证。",
    en: "The text-message service that sends the code is having trouble — not your fault. Try later, or use a voice code or e-mail if offered."
  },
  technical: { "zh-CN": "短信网关或 ACS 不可用：EMV 3DS transStatus U、transStatusReason 22（ACS technical issue）。", en: "SMS gateway or ACS unavailable: EMV 3DS transStatus U, transStatusReason 22 (ACS technical issue)." },
  recognition: {
    concepts: [[/sms|text message|短信|验证码|otp|one-time|passcode|verification code/, /发送(异常|失败)|send(ing)? (fail|error)|delivery (fail|error)|could not (be )?sen[dt]|unable to send|无法发送|不可用|unavailable|outage|故障/]],
    text: [
      /verification service.{0,20}(unavailable|down|outage|not available)/,
      /(unable|not able) to send (a |the |your )?(one-time|verification|sms|otp|code|passcode)/,
      /sms (delivery|service|gateway).{0,20}(failed|unavailable|down|outage|error)/,
      /messaging provider.{0,30}(outage|unavailable|down)/,
      /短信(服务|通道|网关|平台).{0,8}(暂时)?(不可用|异常|繁忙|故障|维护|无法使用)/,
      /验证码发送失败|(暂时)?无法发送验证码/
    ],
    hints: [/transstatus\s?[:=]?\s?"?u\b/],
    codes: { "3ds-reason": ["22"] },
    steps: ["verification"]
  },
  fixes: ["try-other-verification-channel", "retry-later", "contact-portal-support"],
  examples: [
    { text: "The verification service is temporarily unavailable. Please try again later.", lang: "en" },
    { text: "验证码发送失败，短信网关异常", lang: "zh-CN" },
    { text: "簡訊服務暫時無法使用", lang: "zh-TW" }
  ],
  negatives: [{ text: "Resend code", lang: "en" }]
})
