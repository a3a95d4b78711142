import { defineCause } from "../cause"

export const cause = defineCause({
  id: "gateway-outage",
  category: "site-or-gateway-error",
  title: { "zh-CN": "网站或支付系统临时出故障", en: "The site or its payment system is having a temporary fault" },
  explanation: {
    "zh-CN": "签证网站或它的支付系统暂时出了故障，不是您的卡或操作的问题。过一会儿再试；再试之前先确认没有扣款。",
    en: "The visa site or its payment system has a temporary fault — not a problem with your card or anything you did. Try again a little later, after checking you weren't charged."
  },
  technical: {
    "zh-CN": "门户或网关 5xx；ISO 8583 应答码 96（系统故障）；Stripe processing_error；Adyen “Acquirer Error”；Braintree 3000（Processor Network Unavailable）。",
    en: "Portal or gateway 5xx; ISO 8583 response 96 (system malfunction); Stripe processing_error; Adyen “Acquirer Error”; Braintree 3000 (Processor Network Unavailable)."
  },
  recognition: {
    concepts: [[/payment (provider|service|gateway|system|processor)|支付(服务|系统|网关|平台)|\bservice\b|server|服务器|system|系统|hệ thống|sistem|sistema|système|servicio|serveur|servidor|layanan|ระบบ|النظام|الخدمة/, /error|unavailable|\bdown\b|开小差|fault|failure|异常|故障|错误|不可用|出错|lỗi|sự cố|hata|arıza|falla|panne|gangguan|ขัดข้อง|عطل/]],
    text: [
      /(service|server) (is )?(temporarily )?unavailable/,
      /bad gateway|internal server error|gateway time-?out/,
      /(payment )?(gateway|provider|processor|system|service)s?.{0,25}(currently )?(unavailable|is down|outage|not available|experiencing (technical )?(difficulties|problems|issues))/,
      /technical (difficulties|problems|issues)/,
      // PayPal Checkout's generic failure screen: "Things don't appear to be working at the moment".
      /things (don'?t|do not) (appear|seem) to be working/,
      /processing_error|system (malfunction|error)|acquirer error|processor network unavailable/,
      /(error|http) 50[0-4]\b|\b50[0-4] (service unavailable|bad gateway|internal server error)/,
      /系统.{0,3}(异常|故障|错误|出错)/,
      /(支付)?网关.{0,6}(不可用|异常|故障|错误)/,
      /服务器(内部)?(错误|异常|故障)|伺服器错误/,
      /服务暂(时)?不可用/,
      /hệ thống.{0,30}(sự cố|lỗi)/,
      /sistem hatası/,
      /error (del|de) sistema/,
      /erreur (du )?système/,
      /(service|servicio|serveur|servidor).{0,30}(indisponible|no (está )?disponible)/,
      /erreur (technique|interne)|problème technique/,
      /error (interno|técnico)|problemas? técnicos?/,
      /geçici bir (arıza|sorun|hata)|teknik (bir )?(arıza|sorun)/,
      /layanan.{0,25}tidak tersedia|gangguan (sistem|teknis)|kesalahan (sistem|server)/,
      /ระบบ(ขัดข้อง|มีปัญหา|ไม่พร้อมใช้งาน)/,
      /(الخدمة|النظام) غير متاح|خطأ في (النظام|الخادم)|عطل فني/
    ],
    codes: { iso8583: ["96"], unionpay: ["96"], braintree: ["3000"], http: ["500", "502", "503", "504"] },
    signals: [{ signal: "server-error", weight: 0.7 }],
    exclude: [/maintenance|维护|bakım|bảo trì|mantenimiento|verification service|sms|短信|验证码|otp|passcode/]
  },
  fixes: ["check-payment-status-first", "retry-later", "contact-portal-support"],
  examples: [
    { text: "503 Service Unavailable", lang: "en" },
    { text: "System malfunction (96)", lang: "en" },
    { text: "系统异常，请稍后再试", lang: "zh-CN" },
    { text: "系統發生錯誤，請稍後再試", lang: "zh-TW" },
    { text: "Sistem hatası. Lütfen daha sonra tekrar deneyiniz.", lang: "tr" },
    { text: "Un problème technique empêche le paiement pour le moment.", lang: "fr" },
    { text: "Ödeme sisteminde teknik bir sorun var, lütfen sonra deneyin.", lang: "tr" },
    { text: "Layanan pembayaran sedang tidak tersedia.", lang: "id" },
    { text: "We're sorry. Things don't appear to be working at the moment. Please try again later.", lang: "en" }
  ],
  negatives: [{ text: "Processing fee is non-refundable.", lang: "en" }],
  sources: [{ url: "https://developer.paypal.com/braintree/docs/reference/general/processor-responses/authorization-responses", fact: "3000-class: processor network problems", verified: true }]
})
