import { defineCause } from "../cause"

export const cause = defineCause({
  id: "code-not-received-signal",
  category: "verification-failed",
  title: { "zh-CN": "验证码因信号或网络延迟没收到", en: "The code didn't arrive because of weak signal or delay" },
  explanation: {
    "zh-CN": "银行发送的验证码短信可能因为手机信号弱或网络延迟还没到。换个信号好的地方，稍等一两分钟再重新获取。",
    en: "The text with your bank's security code may be held up by weak signal or a slow network. Move to better signal, wait a minute or two, then ask for a new one."
  },
  technical: { "zh-CN": "OTP 短信投递延迟（运营商网络/信号），非 ACS 拒绝。", en: "OTP SMS delivery delay (carrier network / signal), not an ACS refusal." },
  recognition: {
    text: [
      /(weak|poor|bad|low) (signal|reception)|(signal|reception) (is )?(weak|poor|bad)/,
      /(sms|message|code|text)s?.{0,40}(delayed|delay|may take (a few|several|some) minutes)/,
      /信号(弱|差|不好|不佳)/,
      /(网络|运营商)(网络)?延迟/,
      /验证码.{0,10}(晚到|延迟)/
    ],
    signals: [
      { signal: "code-not-received", weight: 0.5 },
      { signal: "slow-connection", weight: 0.2, supportOnly: true }
    ],
    steps: ["verification"]
  },
  fixes: ["improve-signal-and-wait", "try-other-verification-channel", "use-bank-registered-phone"],
  examples: [
    { text: "The SMS may take a few minutes to arrive due to network delays.", lang: "en" },
    { text: "手机信号不好，收不到验证码", lang: "zh-CN" },
    { text: "收不到簡訊驗證碼，可能是訊號不佳", lang: "zh-TW" },
    { text: "", lang: "en", step: "verification", evidence: { answers: { codeReceived: "no" } } }
  ],
  negatives: [
    { text: "如未收到验证码，请点击重新发送", lang: "zh-CN" },
    { text: "Enter the code we sent to your phone", lang: "en" }
  ]
})
