import { defineCause } from "../cause"

export const cause = defineCause({
  id: "payment-in-progress",
  category: "duplicate-payment",
  title: { "zh-CN": "上一笔付款可能还在处理——先别再付", en: "An earlier payment may still be going through — don't pay again yet" },
  explanation: {
    "zh-CN": "之前的一次付款还在处理中，或者结果还不清楚。如果现在再付，可能会被扣两次钱。请先查看银行扣款记录和申请状态，等结果出来再决定。",
    en: "An earlier payment is still being processed, or its result is unclear. Paying again now could charge you twice. Check your bank record and the application status first and wait for the result."
  },
  technical: { "zh-CN": "订单处于 pending/processing；或此前有结果未知的尝试（银联全渠道 05：交易已受理）。", en: "Order pending/processing, or an earlier attempt with unknown outcome (UnionPay online 05: accepted, query later)." },
  recognition: {
    text: [
      /(already|still) (in progress|pending|being processed|processing)/,
      /(previous|earlier|last) (transaction|payment|attempt).{0,20}(pending|in progress|processing|being processed)/,
      /being processed.{0,60}(pay again|another payment|submit again)/,
      /(支付|付款|交易)(处理中|正在处理|进行中).{0,12}(请勿|不要)(重复|再次)/,
      /正在支付中|银行处理中/,
      /交易已受理.{0,10}查询/,
      /(your|the|this) (payment|transaction|order) is (currently |still )?(being processed|in progress|pending|processing)/,
      /(you have|there is) (already )?(a|an) (pending|existing|unfinished|open) (payment|transaction)/,
      /(已有|存在|还有)(一笔)?.{0,8}(待确认|待处理|处理中|进行中|未完成|待支付)的?(付款|支付|交易|订单)/,
      /(付款|支付|交易|订单)(正在|仍在|还在)(处理|确认)/,
      /(thanh toán|giao dịch).{0,15}đang (được )?xử lý/,
      /ödeme(niz)?.{0,10}(işleniyor|işlem(de|i devam ediyor))/,
      /(pago|transacción).{0,20}(se está procesando|está siendo procesad[oa]|en proceso)/,
      /paiement.{0,20}(en cours de traitement|est en cours)/,
      /pembayaran.{0,20}sedang (diproses|dalam proses)/,
      /(การชำระเงิน|รายการ).{0,10}กำลัง(ดำเนินการ|ประมวลผล)/,
      /جار[يٍ]? معالجة (الدفع|الدفعة|المعاملة)|(الدفع|الدفعة|المعاملة).{0,10}قيد المعالجة/
    ],
    hints: [/(请勿|不要)重复(提交|付款|支付|操作)/],
    signals: [{ signal: "earlier-unknown-outcome", weight: 0.7 }],
    steps: ["confirmation", "payment-method", "card-entry", "verification"]
  },
  fixes: ["check-payment-status-first", "wait-before-retry", "contact-portal-support"],
  examples: [
    { text: "A payment for this application is already in progress. Please wait 30 minutes before trying again.", lang: "en" },
    { text: "支付处理中，请勿重复提交", lang: "zh-CN" },
    { text: "付款處理中，請勿重複操作", lang: "zh-TW" },
    { text: "", lang: "en", step: "payment-method", evidence: { now: "2025-03-01T10:00:00Z", attempts: [{ time: "2025-03-01T09:40:00Z", siteId: null, outcome: "unknown" }] } },
    { text: "您还有一笔未完成的付款，请先等候银行回覆", lang: "zh-TW" },
    { text: "Your transaction is still being processed — please don't start a new one.", lang: "en" },
    { text: "Votre paiement est en cours de traitement, merci de patienter.", lang: "fr" },
    { text: "Su pago se está procesando. No cierre esta ventana.", lang: "es" }
  ],
  negatives: [{ text: "Do not refresh this page while we process your payment.", lang: "en" }, { text: "Processing your payment may take up to a minute.", lang: "en" }]
})
