import type { SiteProfile } from "~src/sites/profile"

/**
 * Sri Lanka — Electronic Travel Authorization (ETA), Department of Immigration and Emigration.
 * Card payment goes through the government's Lanka Gate internet payment gateway.
 *
 * Test URLs:
 * - https://www.eta.gov.lk/slvisa/
 */
export const profile: SiteProfile = {
  id: "sri-lanka-eta",
  names: { en: "Sri Lanka ETA", "zh-CN": "斯里兰卡电子旅行许可（ETA）" },
  country: "LK",
  kind: "portal",
  hosts: ["eta.gov.lk", "www.eta.gov.lk"],
  languages: ["en", "si", "ta"],
  steps: [
    {
      step: "application",
      url: [/^\/slvisa\/visainfo\/(?!payment)/i],
      text: ["Apply for a Tourist ETA", "Confirm Application Details"],
      selectors: ["form#etaApplication"]
    },
    {
      step: "card-entry",
      url: [/^\/slvisa\/visainfo\/payment/i],
      text: ["Online Payment", "Card Details"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment Unsuccessful", "Transaction Failed"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Application Submitted Successfully", "Payment Successful"],
      weight: 3
    }
  ],
  errorRegions: [".error", ".errorMsg", ".alert-danger"],
  payment: {
    accepted: ["visa", "mastercard", "amex"],
    currency: "USD"
  },
  timeZone: "Asia/Colombo",
  hints: {
    "card-entry": [
      {
        en: "Only Visa, Mastercard and American Express cards are taken, and the card must be enabled for online (e-commerce) payments.",
        "zh-CN": "只接受 Visa、万事达和美国运通卡，并且这张卡需要开通网上支付功能。"
      }
    ]
  },
  notes: [
    {
      en: "Pay only on eta.gov.lk: payments to other websites are not valid ETA payments. The Department has a no-refund policy.",
      "zh-CN": "只能在 eta.gov.lk 付款，在其他网站付的钱不算有效的 ETA 费用。移民局不予退款。"
    },
    {
      en: "During 2022 system upgrades, card payments failed for many countries and the authorities issued ETAs on arrival instead.",
      "zh-CN": "2022 年系统升级期间，许多国家的申请人刷卡失败，当局改为在入境口岸办理 ETA。"
    }
  ],
  sources: [
    {
      url: "https://lanka.com.sg/consular-service/tourist-visa",
      fact: "Apply at www.eta.gov.lk; only Visa, Master and American Express cards (credit or e-commerce enabled debit); no refund; payments to other sites invalid",
      verified: false
    },
    {
      url: "https://slhcpakistan.org/services/submission-of-eta-application-by-third-party",
      fact: "Only Visa, Master and American Express cards accepted (Sri Lanka High Commission)",
      verified: true
    },
    {
      url: "https://ft.lk/it-telecom-tech/icta-plays-major-role-in-visa-online-system/50-65174",
      fact: "ETA payments go through the Lanka Gate internet payment gateway",
      verified: false
    },
    {
      url: "https://srilankahc.uk/2022/02/03/impediments-in-applying-eta/",
      fact: "Card payment failures during ETA front-end upgrade (2022)",
      verified: true
    },
    {
      url: "https://www.eta.gov.lk/slvisa/",
      fact: "Paths and headings are our reading",
      verified: false
    }
  ],
  testUrls: ["https://www.eta.gov.lk/slvisa/"]
}
