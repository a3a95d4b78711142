import { defineCause } from "../cause"

export const cause = defineCause({
  id: "device-clock-wrong",
  category: "network-problem",
  title: { "zh-CN": "电脑或手机的时间不对", en: "The device's clock is wrong" },
  explanation: {
    "zh-CN": "设备上的日期或时间不准，安全连接就建立不起来，验证码也可能被当成过期。把时间设为“自动”后重新打开浏览器。",
    en: "When the device's date or time is off, secure connections fail and codes may look expired. Set the time to automatic and reopen the browser."
  },
  technical: { "zh-CN": "本地时钟与服务器 Date 头相差超过 5 分钟；NET::ERR_CERT_DATE_INVALID。", en: "Local clock more than 5 minutes off the server's Date header; NET::ERR_CERT_DATE_INVALID." },
  recognition: {
    text: [
      /your clock is (behind|ahead)|err_cert_date_invalid/,
      /(date and time|date & time|clock) (are|is|settings are) (incorrect|wrong|not correct)/,
      /(computer|device|system)('s)? (date|clock|time).{0,20}(incorrect|wrong|not correct)/,
      /时钟(慢了|快了|不准)|(日期和时间|系统时间|电脑时间|手机时间).{0,8}(不正确|有误|不准|设置)/
    ],
    signals: [
      { signal: "clock-skew", weight: 0.8 },
      { signal: "certificate-error", weight: 0.3, supportOnly: true }
    ]
  },
  fixes: ["fix-device-clock", "use-current-browser"],
  examples: [
    { text: "NET::ERR_CERT_DATE_INVALID", lang: "en" },
    { text: "您的时钟慢了，无法建立私密连接", lang: "zh-CN" },
    { text: "您的電腦日期和時間不正確", lang: "zh-TW" },
    { text: "", lang: "en", evidence: { environment: { clockSkewSeconds: -1800 } } }
  ],
  negatives: [{ text: "Your session will expire in 20 minutes.", lang: "en" }]
})
