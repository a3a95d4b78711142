import type { FixDefinition } from "../types"

/** Fixes for the extra security code from the bank (seed 3.2.2). */
export const VERIFICATION_FIXES: FixDefinition[] = [
  {
    id: "improve-signal-and-wait",
    actor: "applicant",
    title: { "zh-CN": "换个信号好的地方，稍等后再获取验证码", en: "Move to better signal, wait, then ask for a new code" },
    steps: [
      { "zh-CN": "到信号好的地方，或在 Wi-Fi 和手机流量之间切换一下。", en: "Move somewhere with better signal, or switch between Wi-Fi and mobile data." },
      { "zh-CN": "等 1～2 分钟，短信有时会晚到。", en: "Wait a minute or two: texts are sometimes late." },
      { "zh-CN": "还没收到再点“重新发送”，不要连续点很多次。", en: "Only then tap “resend”, and not many times in a row." }
    ]
  },
  {
    id: "use-bank-registered-phone",
    actor: "applicant",
    title: { "zh-CN": "使用在银行登记的实名手机号", en: "Use the phone number registered with your bank" },
    steps: [
      { "zh-CN": "验证码发到的是您在银行办卡时预留的手机号，不是网站上填写的号码。", en: "The code goes to the number you gave your bank, not the one typed on the website." },
      { "zh-CN": "请确认那个号码在您手上并且能收短信；虚拟号码或非实名号码通常收不到。", en: "Make sure you have that phone and it can receive texts; virtual or unregistered numbers usually cannot." },
      { "zh-CN": "号码已经不用了，请先到银行更新预留手机号，再重新付款。", en: "If you no longer use it, update the number with your bank first, then pay again." }
    ]
  },
  {
    id: "update-bank-phone",
    actor: "bank",
    title: { "zh-CN": "请银行更新预留手机号", en: "Update the phone number your bank holds" },
    steps: [
      { "zh-CN": "在银行 App、网银或柜台把预留手机号改成您正在使用的实名号码。", en: "In your bank app, online banking or at a branch, change the registered number to the real-name number you use now." },
      { "zh-CN": "更新后等几分钟再重新付款。", en: "Wait a few minutes after the change, then pay again." }
    ]
  },
  {
    id: "try-other-verification-channel",
    actor: "applicant",
    title: { "zh-CN": "改用语音验证码或邮件验证", en: "Try a voice code or e-mail verification" },
    steps: [
      { "zh-CN": "在验证页面找“语音验证码”“接收电话”或“邮件验证”等选项。", en: "Look for “voice code”, “call me” or “e-mail me” on the verification page." },
      { "zh-CN": "也可以打开银行 App，看有没有待确认的付款。", en: "Or open your bank app and see whether a payment is waiting for approval." }
    ]
  },
  {
    id: "enter-latest-code-promptly",
    actor: "applicant",
    title: { "zh-CN": "输入最新收到的验证码，尽快完成", en: "Enter the newest code, without delay" },
    steps: [
      { "zh-CN": "只用最后一条短信里的验证码，之前的会作废。", en: "Use only the code in the latest message: earlier ones stop working." },
      { "zh-CN": "验证码通常几分钟内有效，收到后尽快输入。", en: "Codes usually work for a few minutes: type it soon after it arrives." },
      { "zh-CN": "验证期间不要关闭或刷新银行的验证页面。", en: "Don't close or refresh the bank's page while verifying." }
    ]
  }
]
