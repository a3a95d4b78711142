import { defineCause } from "../cause"

export const cause = defineCause({
  id: "too-many-attempts",
  category: "too-many-attempts",
  title: { "zh-CN": "尝试次数太多，被暂时锁住了", en: "Too many tries — temporarily locked" },
  explanation: {
    "zh-CN": "短时间内试了太多次，银行或网站为了安全暂时不让再付。请先停下来，至少等 30 分钟（或按页面说的时间），并先排除其他原因再试一次。",
    en: "There were too many tries in a short time, so the bank or the site has paused payments for safety. Stop for now, wait at least 30 minutes (or as the page says), and rule out other causes before one more try."
  },
  technical: { "zh-CN": "频次/速度风控：ISO 8583 应答码 65、75，PayPal MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED，EMV 3DS transStatusReason 04/19；10 分钟内第三次失败时也会提示。", en: "Velocity controls: ISO 8583 responses 65, 75, PayPal MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED, EMV 3DS transStatusReason 04/19; also raised on the third failure within 10 minutes." },
  recognition: {
    concepts: [[/attempts?|tries|次数|尝试/, /limit|maximum|too many|过多|超限|上限|exceeded|reached|太多/]],
    text: [
      /too many (attempts|tries|requests|failed|unsuccessful|payment attempts)/,
      /(exceeded|reached) the (maximum|max\.?|allowed) (number of )?(payment |login |verification )?(attempts|tries)/,
      /max_number_of_payment_attempts_exceeded/,
      /(pin|password) tries exceeded|number of pin (entry )?tries|pin_try_exceeded/,
      /withdrawal (frequency|count) (limit )?exceeded|exceeds? (withdrawal )?frequency limit/,
      /locked (after|due to) .{0,30}(attempts|tries)|temporarily locked/,
      /(操作|请求|访问)(过于|太)频繁/,
      /(尝试|错误|输入)次数(过多|超限|已达上限|超过)|次数超限|次数过多/,
      /(账户|账号)(已被?)?锁定/,
      /超出取款次数/,
      /quá nhiều lần/,
      /çok fazla (deneme|istek)/,
      /demasiados intentos|trop de tentatives/,
      /(操作|请求|访问|交易|支付|付款|提交|下单)(过于|太|过度|较为)频繁|频繁(操作|交易|提交|请求)/,
      /too (many|frequent) (requests|transactions)|(requests|transactions|attempts) (are )?too frequent/,
      /trop de (tentatives|demandes|essais)/,
      /demasiad[oa]s (intentos|solicitudes)/,
      /terlalu banyak (percobaan|permintaan|upaya)/,
      /quá nhiều (yêu cầu|giao dịch)|vượt quá số lần/,
      /deneme (hakkınız|sayısı|limiti).{0,20}(aşıldı|doldu|aştınız)/,
      /(محاولات|طلبات) كثيرة|تجاوزت.{0,20}(المحاولات|الحد)/
    ],
    codes: { iso8583: ["65", "75"], unionpay: ["65", "67"], "3ds-reason": ["04", "19"] },
    signals: [{ signal: "repeated-failures", weight: 0.75 }]
  },
  fixes: ["wait-before-retry", "check-payment-status-first", "contact-bank-about-card"],
  examples: [
    { text: "Too many attempts. Please try again later.", lang: "en" },
    { text: "操作过于频繁，请稍后再试", lang: "zh-CN" },
    { text: "嘗試次數過多，請稍後再試", lang: "zh-TW" },
    {
      text: "Transaction declined",
      lang: "en",
      evidence: {
        now: "2025-03-01T10:09:00Z",
        attempts: [
          { time: "2025-03-01T10:01:00Z", siteId: null, outcome: "failed" },
          { time: "2025-03-01T10:05:00Z", siteId: null, outcome: "failed" }
        ]
      }
    },
    { text: "付款操作太頻繁了，請稍候片刻", lang: "zh-TW" },
    { text: "You have made too many requests. Slow down and retry later.", lang: "en" },
    { text: "Terlalu banyak percobaan pembayaran. Coba lagi nanti.", lang: "id" },
    { text: "Trop de tentatives de paiement, réessayez plus tard.", lang: "fr" }
  ],
  negatives: [{ text: "Too many users are currently accessing the site.", lang: "en" }],
  sources: [{ url: "https://developer.paypal.com/api/handle-payment-failures", fact: "MAX_NUMBER_OF_PAYMENT_ATTEMPTS_EXCEEDED", verified: true }]
})
