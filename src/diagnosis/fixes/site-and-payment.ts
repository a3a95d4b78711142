import type { FixDefinition } from "../types"

/** Fixes about the portal, its timing and its payment methods (seed 3.2.3, 3.2.4). */
export const SITE_AND_PAYMENT_FIXES: FixDefinition[] = [
  {
    id: "wait-before-retry",
    actor: "applicant",
    action: "wait-before-retry",
    title: { "zh-CN": "先等一等再重试，不要连续多次付款", en: "Wait before retrying — don't try again and again" },
    steps: [
      { "zh-CN": "连续多次失败的付款会触发银行或网站的风险控制，让卡暂时不能用。", en: "Repeated failed payments trigger the bank's or the site's risk control and can block the card for a while." },
      { "zh-CN": "至少等 30 分钟（网站写明了时间就按网站的）再试一次。", en: "Wait at least 30 minutes (or as long as the site says) before one more try." },
      { "zh-CN": "再试之前先排除其他原因，例如余额、境外支付开关。", en: "Before trying again, rule out the other causes, such as balance or overseas payments." }
    ]
  },
  {
    id: "check-payment-status-first",
    actor: "applicant",
    action: "check-payment-status",
    title: { "zh-CN": "先查清是否已经扣款，再决定是否付款", en: "Check whether you were charged before paying again" },
    steps: [
      { "zh-CN": "打开银行 App 或查看银行短信，看有没有这笔签证费的扣款或“预授权”。", en: "Open your bank app or texts and look for a charge or a pending hold for the visa fee." },
      { "zh-CN": "登录签证网站，查看申请的付款状态。", en: "Log in to the visa website and look at the application's payment status." },
      { "zh-CN": "已经扣款但网站没显示的，请等几个小时再查，先不要再付；仍不更新就联系网站客服并附上扣款记录。", en: "If you were charged but the site doesn't show it, wait a few hours and check again without paying; if it still doesn't update, contact the site's support with the charge record." }
    ]
  },
  {
    id: "check-maintenance-and-avoid-peak",
    actor: "applicant",
    action: "show-portal-time",
    title: { "zh-CN": "查看维护时间，避开高峰再付", en: "Check the maintenance time and avoid peak hours" },
    steps: [
      { "zh-CN": "看网站公告里的维护时间，注意网站所在地的时间与北京时间不同。", en: "Read the site's notice for maintenance times; note that the site's local time may differ from yours." },
      { "zh-CN": "维护结束后再付款；尽量避开当地的工作日白天高峰。", en: "Pay after the maintenance ends, and avoid local weekday peak hours if you can." }
    ]
  },
  {
    id: "retry-later",
    actor: "applicant",
    action: "wait-before-retry",
    title: { "zh-CN": "过一段时间再试", en: "Try again a little later" },
    steps: [
      { "zh-CN": "这是网站或银行一侧的问题，不是您操作错了。", en: "This is a problem on the site's or the bank's side, not something you did wrong." },
      { "zh-CN": "等 15～30 分钟再试一次。", en: "Wait 15–30 minutes and try once more." }
    ]
  },
  {
    id: "start-payment-again",
    actor: "applicant",
    title: { "zh-CN": "重新登录，从付款页面重新开始", en: "Log in again and restart the payment" },
    steps: [
      { "zh-CN": "重新登录网站，找到您的申请，再进入付款。", en: "Log in again, open your application and go to payment." },
      { "zh-CN": "提前准备好卡片和手机，一次完成，中途不要离开太久。", en: "Have the card and phone ready and finish in one go without long pauses." }
    ]
  },
  {
    id: "show-accepted-methods",
    actor: "applicant",
    action: "show-payment-methods",
    title: { "zh-CN": "查看网站接受的支付方式", en: "See which payment methods the site accepts" },
    steps: [
      { "zh-CN": "在付款页面或网站的常见问题里查看接受哪些卡和支付方式。", en: "Check the payment page or the site's FAQ for the cards and methods it takes." },
      { "zh-CN": "从列表里选一种您有的方式重新付款。", en: "Pick one you have and pay again." }
    ]
  },
  {
    id: "use-visa-or-mastercard-credit",
    actor: "applicant",
    title: { "zh-CN": "改用 Visa 或万事达信用卡", en: "Use a Visa or Mastercard credit card instead" },
    steps: [
      { "zh-CN": "大多数签证网站都接受 Visa 和万事达（Mastercard）信用卡。", en: "Most visa websites accept Visa and Mastercard credit cards." },
      { "zh-CN": "如果是 PayPal、支付宝或其他方式不被接受，改用这样一张信用卡付款。", en: "If PayPal, Alipay or another method is not accepted, pay with such a credit card." },
      { "zh-CN": "单标银联卡在很多境外网站不能用，请用带 Visa 或万事达标志的卡。", en: "UnionPay-only cards don't work on many foreign sites: use a card with the Visa or Mastercard logo." }
    ]
  },
  {
    id: "use-card-for-this-currency",
    actor: "applicant",
    title: { "zh-CN": "使用支持外币的卡", en: "Use a card that can pay in this currency" },
    steps: [
      { "zh-CN": "选择支持外币结算的双币信用卡或全币种卡。", en: "Use a dual-currency or multi-currency credit card." },
      { "zh-CN": "如果网站可以选择币种，选您的卡支持的币种。", en: "If the site lets you choose the currency, pick one your card supports." }
    ]
  },
  {
    id: "choose-another-method",
    actor: "applicant",
    title: { "zh-CN": "改用其他支付方式", en: "Choose a different payment method" },
    steps: [
      { "zh-CN": "这个支付方式现在不能用，可以改选银行卡或网站列出的其他方式。", en: "This method can't be used now: pick a card or another method the site lists." },
      { "zh-CN": "部分方式只限某些国家使用。VPN 不会改变卡的发卡国家，反而可能让银行的安全检查更严格。", en: "Some methods are limited to certain countries. A VPN does not change where your card was issued and can make the bank's checks stricter." }
    ]
  },
  {
    id: "contact-portal-support",
    actor: "applicant",
    title: { "zh-CN": "联系签证网站的客服", en: "Contact the visa website's support" },
    steps: [
      { "zh-CN": "在网站的“联系我们”或“帮助”页面找到客服邮箱或表单。", en: "Find the support e-mail or form on the site's contact or help page." },
      { "zh-CN": "写明申请编号、付款时间、看到的错误信息（可以附上本插件生成的报告）。", en: "Give your application number, the time you paid and the error you saw (you can attach this extension's report)." }
    ]
  },
  {
    id: "ask-volunteer",
    actor: "volunteer",
    action: "copy-report",
    title: { "zh-CN": "把报告发给志愿者", en: "Send the report to a volunteer" },
    steps: [
      { "zh-CN": "点“复制报告”，它已经隐去了卡号、手机号等敏感信息。", en: "Press “copy report”: card numbers, phone numbers and similar details are already hidden." },
      { "zh-CN": "把复制的内容发给帮助您的志愿者，并说明您已经试过哪些方法。", en: "Send it to the volunteer helping you and say what you have already tried." }
    ]
  }
]
