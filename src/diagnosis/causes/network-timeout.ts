import { defineCause } from "../cause"

export const cause = defineCause({
  id: "network-timeout",
  category: "network-problem",
  title: { "zh-CN": "网络太慢，请求超时了", en: "The connection was too slow and timed out" },
  explanation: {
    "zh-CN": "网络太慢，页面等不到网站的回应就放弃了。换一个更稳定的网络再试；如果超时发生在点“付款”之后，先确认有没有扣款。",
    en: "The connection was too slow and the page gave up waiting for the site. Try a steadier network; if it timed out after you pressed pay, check for a charge first."
  },
  technical: { "zh-CN": "请求超时（ERR_CONNECTION_TIMED_OUT / ERR_TIMED_OUT），可能来自本地网络或跨境链路。", en: "Request timeout (ERR_CONNECTION_TIMED_OUT / ERR_TIMED_OUT), local network or cross-border link." },
  recognition: {
    concepts: [[/network|connection|request|server|网络|连接|请求|服务器/, /timed out|timeout|超时/]],
    text: [
      /(request|connection|network|server) (has )?timed out|timed out while (contacting|connecting|waiting)/,
      /err_connection_timed_out|err_timed_out|(network|connection|request) time-?out/,
      /(网络)?(请求|连接|连线)超时/
    ],
    signals: [
      { signal: "timeout", weight: 0.75 },
      { signal: "slow-connection", weight: 0.3, supportOnly: true }
    ],
    exclude: [/\bcode\b|otp|one-time|验证码|重新登录|登录|log ?in again|sign in again|authentication|3-?d ?secure/]
  },
  fixes: ["check-connection", "check-payment-status-first", "retry-later"],
  examples: [
    { text: "ERR_CONNECTION_TIMED_OUT", lang: "en" },
    { text: "网络请求超时，请检查网络后重试", lang: "zh-CN" },
    { text: "網路連線逾時", lang: "zh-TW" }
  ],
  negatives: [{ text: "Authentication timed out. Please try your payment again.", lang: "en" }]
})
