import type { SiteProfile } from "~src/sites/profile"

/**
 * Cambodia — e-Visa, Ministry of Foreign Affairs and International Cooperation.
 *
 * Test URLs:
 * - https://www.evisa.gov.kh/
 * - https://www.evisa.gov.kh/termcondition.aspx
 */
export const profile: SiteProfile = {
  id: "cambodia-evisa",
  names: { en: "Cambodia e-Visa", "zh-CN": "柬埔寨电子签证" },
  country: "KH",
  kind: "portal",
  hosts: ["www.evisa.gov.kh", "evisa.gov.kh"],
  languages: ["en", "km", "zh-CN"],
  steps: [
    {
      step: "application",
      url: [/\/application[^/]*\.aspx/i],
      text: ["Application Form", "Verify your application"],
      selectors: ["#ctl00_ContentPlaceHolder1_pnlApplication"]
    },
    {
      step: "card-entry",
      url: [/\/payment[^/]*\.aspx/i],
      text: ["Payment Details", "Credit Card Information"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment Failed", "Transaction was not approved"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment Successful", "Thank you for your application"],
      weight: 3
    }
  ],
  errorRegions: [".error", ".validation-summary-errors", "span[style*='color:Red']"],
  payment: {
    accepted: ["visa", "mastercard"],
    currency: "USD",
    unverified: true
  },
  timeZone: "Asia/Phnom_Penh",
  hints: {
    "card-entry": [
      {
        en: "The fee is charged in US dollars and cannot be refunded. Check the passport details before paying.",
        "zh-CN": "费用以美元收取，付款后不能退款。付款前请再核对一次护照信息。"
      }
    ]
  },
  notes: [
    {
      en: "Guides disagree on wallets (some mention Alipay/WeChat Pay or PayPal); only cards are listed here as accepted.",
      "zh-CN": "各种攻略对电子钱包说法不一（有的提到支付宝、微信支付或 PayPal），这里只把银行卡列为可用方式。"
    },
    {
      en: "Processing takes about 3 business days; an unanswered application is not a failed payment.",
      "zh-CN": "审核约需 3 个工作日；没有收到结果不代表付款失败。"
    }
  ],
  sources: [
    {
      url: "https://www.evisa.gov.kh/termcondition.aspx",
      fact: "Site owned by the Ministry of Foreign Affairs; fee non-refundable; processing about 3 business days",
      verified: true
    },
    {
      url: "https://khm.125visa.com/wenti/23088.html",
      fact: "Fees from 1 January 2025 (USD 30 tourist); Visa, MasterCard and wallets mentioned — third party",
      verified: false
    },
    {
      url: "https://www.evisa.gov.kh/",
      fact: "ASP.NET page names and ids are our reading",
      verified: false
    }
  ],
  testUrls: ["https://www.evisa.gov.kh/"]
}
