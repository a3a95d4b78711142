import { defineCause } from "../cause"

export const cause = defineCause({
  id: "session-expired",
  category: "session-expired",
  title: { "zh-CN": "登录已超时", en: "The login session timed out" },
  explanation: {
    "zh-CN": "页面停留太久，网站为了安全让您退出了登录。重新登录后回到付款页面，一次完成即可，您已填写的申请一般还在。",
    en: "The page was open too long, so the site logged you out for safety. Log in again and go back to payment; your application is usually still there."
  },
  technical: { "zh-CN": "服务器会话/CSRF 令牌过期（长表单常见）。", en: "Server session or CSRF token expired (common on long forms)." },
  recognition: {
    concepts: [[/session|logged out|signed out|log ?in|登录|会话|页面|\bpage\b|oturum|sesión|phiên|sesi\b|เซสชัน|الجلسة|جلستك/, /\bexpired|timed out|timeout|inactiv|idle|\bended\b|过期|超时|失效|已退出|闲置|hết hạn|süresi doldu|sona erdi|caducad|expirad|expiré|berakhir|kedaluwarsa|หมดอายุ|انتهت/]],
    text: [
      /session (has )?(expired|timed out|timeout)|session expired|expired session/,
      /(page|form) has expired/,
      /invalid or expired (session|token)|(csrf|session) token.{0,20}(expired|invalid|mismatch)/,
      /due to inactivity|signed out .{0,20}inactiv/,
      /会话(已)?(过期|超时|失效)/,
      /登录(超时|已过期|已失效|状态已失效)/,
      /长时间未操作/,
      /超时.{0,6}重新登录/,
      /phiên (làm việc )?đã hết hạn/,
      /oturum(unuzun)? süresi doldu/,
      /sesión ha (expirado|caducado)/,
      /session a expiré/,
      /session expirée/,
      /sesión (expirada|caducada|ha finalizado)/,
      /oturumunuz (sona erdi|zaman aşımına uğradı)/,
      /phiên.{0,20}(hết hạn|hết thời gian)/,
      /sesi (anda )?(telah |sudah )?(berakhir|habis|kedaluwarsa)/,
      /เซสชัน.{0,10}หมดอายุ/,
      /انتهت (صلاحية |مهلة )?(الجلسة|جلستك)/
    ],
    exclude: [/3-?d ?secure|3ds|authentication/]
  },
  fixes: ["start-payment-again", "enable-cookies-and-javascript"],
  examples: [
    { text: "Your session has expired. Please log in again.", lang: "en" },
    { text: "会话已过期，请重新登录", lang: "zh-CN" },
    { text: "連線逾時，請重新登入", lang: "zh-TW" },
    { text: "Oturumunuzun süresi doldu. Lütfen tekrar giriş yapın.", lang: "tr" },
    { text: "工作階段已過期，請重新登入後再付款", lang: "zh-TW" },
    { text: "Sesi Anda telah berakhir. Silakan masuk kembali.", lang: "id" },
    { text: "Oturumunuz zaman aşımına uğradı.", lang: "tr" }
  ],
  negatives: [
    { text: "Your session will expire in 20 minutes.", lang: "en" },
    { text: "The 3-D Secure session has expired.", lang: "en" }
  ]
})
