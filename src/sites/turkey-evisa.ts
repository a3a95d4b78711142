import type { SiteProfile } from "~src/sites/profile"

/**
 * Türkiye — e-Visa, Ministry of Foreign Affairs. Pay in USD by Mastercard, Visa or UnionPay;
 * the card needs 3-D Secure and international use switched on.
 *
 * Test URLs:
 * - https://www.evisa.gov.tr/en/apply/
 * - https://www.evisa.gov.tr/tr/
 */
export const profile: SiteProfile = {
  id: "turkey-evisa",
  names: { en: "Türkiye e-Visa", "zh-CN": "土耳其电子签证" },
  country: "TR",
  kind: "portal",
  hosts: ["www.evisa.gov.tr", "evisa.gov.tr"],
  languages: ["tr", "en", "zh-CN"],
  steps: [
    {
      step: "application",
      url: [/^\/[a-z]{2}(?:-[a-z]{2})?\/(?:apply|basvuru)/i],
      text: ["Personal Information", "Kişisel Bilgiler", "Preliminary Application"],
      selectors: ["#applicationForm"]
    },
    {
      step: "card-entry",
      url: [/\/payment/i],
      text: ["Payment Information", "Ödeme Bilgileri", "付款信息"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "verification",
      selectors: ["iframe#threeDSecureFrame"],
      text: ["3D Secure", "3D Güvenli Ödeme"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment Unsuccessful", "Ödeme Başarısız", "支付未成功", "Your application has timed out"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Download e-Visa", "e-Vize İndir", "下载电子签证"],
      weight: 3
    }
  ],
  errorRegions: [".alert-danger", ".validation-summary-errors", ".field-validation-error"],
  payment: {
    accepted: ["mastercard", "visa", "unionpay"],
    currency: "USD"
  },
  timeZone: "Europe/Istanbul",
  hints: {
    "card-entry": [
      {
        en: "Only Mastercard, Visa and UnionPay cards work here, and the fee is charged in US dollars. The card can belong to someone else.",
        "zh-CN": "这里只能用万事达、Visa 和银联卡，费用以美元收取。卡不必在您本人名下。"
      },
      {
        en: "The card must have the bank's extra security code (3-D Secure) and overseas payments switched on.",
        "zh-CN": "银行卡需要开通银行的额外安全验证码服务，并开通境外支付。"
      }
    ],
    confirmation: [
      {
        en: "If the payment got stuck or failed, write to the e-Visa Support Desk before paying again; the Ministry does not refund extra payments.",
        "zh-CN": "如果付款卡住或失败，请先通过 e-Visa 支持台的联系表单说明情况，不要直接再付一次；重复付款不予退还。"
      }
    ]
  },
  notes: [
    {
      en: "After the e-mail verification message, payment must be made within the stated window (24–48 hours in different versions of the rules) or the application times out.",
      "zh-CN": "收到邮箱验证邮件后，须在规定时间内（不同版本的说明为 24 到 48 小时）完成付款，否则申请会失效。"
    },
    {
      en: "The Ministry asks applicants with suspended or unsuccessful transactions to use the contact form and not create a new application.",
      "zh-CN": "土耳其外交部要求交易挂起或失败的申请人使用联系表单说明，不要新建申请。"
    }
  ],
  sources: [
    {
      url: "https://turkiyevisa.org/tour",
      fact: "Payment only by Mastercard, Visa and UnionPay; 3D Secure and international use required; pay within 48 hours of e-mail verification; contact support before paying again",
      verified: false
    },
    {
      url: "https://turkishconsulates.org/turkey-e-visa",
      fact: "Mastercard, Visa and UnionPay; fee paid only in US dollars",
      verified: false
    },
    {
      url: "https://sodex.com.tr/en/visitors/e-visa-information",
      fact: "Older wording: Mastercard and Visa only, 24-hour payment window; contact support for unsuccessful transactions, no refund for extra payments",
      verified: false
    },
    {
      url: "https://www.evisa.gov.tr/en/",
      fact: "Official host; paths, headings and 3-D Secure frame id are our reading",
      verified: false
    }
  ],
  testUrls: ["https://www.evisa.gov.tr/en/apply/"]
}
