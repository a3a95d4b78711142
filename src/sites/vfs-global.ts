import type { SiteProfile } from "~src/sites/profile"

/**
 * VFS Global — visa application centre booking site used by many governments (UK, many
 * Schengen states, Canada biometrics…). An Angular single-page app; service fees are paid
 * online to VFS, often through a local payment provider chosen per country.
 *
 * Test URLs:
 * - https://visa.vfsglobal.com/chn/zh/gbr/login
 * - https://visa.vfsglobal.com/chn/en/deu/dashboard
 */
export const profile: SiteProfile = {
  id: "vfs-global",
  names: { en: "VFS Global appointment site", "zh-CN": "VFS Global 签证中心预约网站" },
  country: null,
  kind: "portal",
  hosts: ["visa.vfsglobal.com"],
  languages: ["en", "zh-CN", "fr", "de", "ru", "ar"],
  steps: [
    {
      step: "login",
      url: [/^\/[a-z]{3}\/[a-z]{2}(?:-[a-z]{2})?\/[a-z]{3}\/login/i],
      text: ["Sign In", "登录"],
      selectors: ["app-login", "input#email"]
    },
    {
      step: "application",
      url: [/\/(?:dashboard|application-detail|book-appointment)/i],
      text: ["Your details", "Book an appointment", "预约"],
      selectors: ["app-dashboard", "app-book-appointment"]
    },
    {
      step: "payment-method",
      url: [/\/(?:review-pay|payment)/i],
      text: ["Review and pay", "Select payment mode", "确认并支付", "选择支付方式"],
      selectors: ["app-review-and-pay"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment failed", "Payment unsuccessful", "支付失败", "Your session has expired"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Appointment confirmed", "Payment successful", "预约成功"],
      weight: 3
    }
  ],
  errorRegions: ["mat-error", ".alert-danger", "simple-snack-bar", ".mat-mdc-snack-bar-label"],
  payment: {
    accepted: ["visa", "mastercard", "unionpay", "alipay", "wechat-pay"],
    unverified: true
  },
  hints: {
    "payment-method": [
      {
        en: "This is VFS Global's service fee, separate from the government visa fee. Methods differ by country; in China UnionPay and wallets are often offered.",
        "zh-CN": "这是 VFS Global 的服务费，和政府签证费是两笔钱。可用的付款方式因国家而异，在中国通常可以用银联或电子钱包。"
      },
      {
        en: "Slots are held only for a short time while you pay. If time runs out, the slot is released and you may need to book again.",
        "zh-CN": "付款时预约时段只会保留很短时间。超时后时段会被释放，可能需要重新预约。"
      }
    ]
  },
  notes: [
    {
      en: "VFS pages are a single-page app behind bot protection; pages that stay blank or loop on a check are often caused by ad blockers or privacy extensions.",
      "zh-CN": "VFS 网站是单页应用，并有防机器人检查；页面一直空白或反复验证，常常是广告拦截或隐私类扩展导致的。"
    }
  ],
  sources: [
    {
      url: "https://skillscampus.com.au/doc/popular-digital-payment-options-accepted-for-visa-application-fees",
      fact: "VACs such as VFS Global and TLScontact collect fees; methods vary by country (cards, Alipay/WeChat Pay in China)",
      verified: false
    },
    {
      url: "https://visa.vfsglobal.com/",
      fact: "Host given in our brief; URL scheme /<country>/<lang>/<mission>/… and component names are our reading",
      verified: false
    }
  ],
  testUrls: ["https://visa.vfsglobal.com/chn/zh/gbr/login"]
}
