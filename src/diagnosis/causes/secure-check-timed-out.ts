import { defineCause } from "../cause"

export const cause = defineCause({
  id: "secure-check-timed-out",
  category: "verification-failed",
  title: { "zh-CN": "银行验证超时或被取消", en: "The bank's check timed out or was cancelled" },
  explanation: {
    "zh-CN": "银行的安全验证页面等待太久，或者被关掉了，所以这次付款没有完成。重新付款时，准备好手机，收到验证码后尽快输入，不要关闭银行页面。",
    en: "The bank's security page waited too long or was closed, so the payment didn't finish. When you pay again, have your phone ready, enter the code promptly and keep the bank's page open."
  },
  technical: { "zh-CN": "3DS challenge 超时或放弃：EMV 3DS transStatusReason 14（ACS 超时），CRes 未返回。", en: "3DS challenge timed out or abandoned: EMV 3DS transStatusReason 14 (timed out at ACS), no CRes returned." },
  recognition: {
    concepts: [[/authenticat|verification|银行验证|身份验证|认证|3-?d/, /timed out|timeout|超时|cancell?ed|abandon|取消|未完成/]],
    text: [
      /authentication (has )?(timed out|expired|timeout)/,
      /3-?d ?secure (session |authentication |check |window )?.{0,15}(timed out|expired|timeout)/,
      /(you )?(cancell?ed|abandoned) (the )?(authentication|verification)/,
      /authentication (was )?(not completed|cancell?ed|abandoned|incomplete)/,
      /(银行)?(验证|认证)(已)?(超时|取消|未完成)/,
      /3d ?(认证|验证)(已)?(取消|超时)/,
      /身份验证未完成/
    ],
    codes: { "3ds-reason": ["14"] },
    steps: ["verification", "confirmation"]
  },
  fixes: ["enter-latest-code-promptly", "allow-popups-and-bank-page", "check-payment-status-first"],
  examples: [
    { text: "Authentication timed out. Please try your payment again.", lang: "en" },
    { text: "银行验证超时，请重新支付", lang: "zh-CN" },
    { text: "驗證逾時，請重新付款", lang: "zh-TW" }
  ],
  negatives: [{ text: "Your session has expired. Please log in again.", lang: "en" }]
})
