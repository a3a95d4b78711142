import type { SiteProfile } from "~src/sites/profile"

/**
 * New Zealand — NZeTA (New Zealand Electronic Travel Authority), Immigration New Zealand.
 * The payment covers the NZeTA fee and, for most visitors, the International Visitor
 * Conservation and Tourism Levy (IVL). The official app is cheaper than the website.
 *
 * Test URLs:
 * - https://nzeta.immigration.govt.nz/
 */
export const profile: SiteProfile = {
  id: "new-zealand-nzeta",
  names: { en: "New Zealand NZeTA", "zh-CN": "新西兰电子旅行许可（NZeTA）" },
  country: "NZ",
  kind: "portal",
  hosts: ["nzeta.immigration.govt.nz"],
  languages: ["en"],
  steps: [
    {
      step: "application",
      url: [/\/(?:request|details|review)/i],
      text: ["Review your request", "Traveller details"],
      selectors: ["#nzeta-review"]
    },
    {
      step: "card-entry",
      url: [/\/payment/i],
      text: ["Payment details", "Pay NZeTA and IVL"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment unsuccessful", "Your payment was declined"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Request submitted", "Payment successful"],
      weight: 3
    }
  ],
  errorRegions: [".alert-error", ".error-message", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard"],
    currency: "NZD",
    unverified: true
  },
  timeZone: "Pacific/Auckland",
  hints: {
    "card-entry": [
      {
        en: "The amount is in New Zealand dollars and usually includes the tourism levy (IVL). Requesting in the official app costs less than the website.",
        "zh-CN": "金额以新西兰元计，通常包含旅游税（IVL）。用官方 App 申请比网站便宜。"
      },
      {
        en: "Up to 10 people can be paid for in one transaction; if it fails, none of them is paid.",
        "zh-CN": "一次最多可以为 10 人付款；如果付款失败，这一组人都没有付成功。"
      }
    ]
  },
  notes: [
    {
      en: "The NZeTA host is our best reading from public guides; Immigration New Zealand's own page links to it.",
      "zh-CN": "NZeTA 网站地址来自公开资料的整理，新西兰移民局官网有链接指向它。"
    }
  ],
  sources: [
    {
      url: "https://applyvisaonline.wixsite.com/apply-visa-online/post/the-ultimate-guide-to-nzeta-application-cost-everything-you-need-to-know",
      fact: "Official NZeTA website given as https://www.nzeta.immigration.govt.nz; fee paid by credit or debit card",
      verified: false
    },
    {
      url: "https://issuu.com/aaunmuhammad/docs/new_zealand_eta_process",
      fact: "Fee lower in the mobile app than on the web (NZD 9 vs 12 at the time)",
      verified: false
    },
    {
      url: "https://www.immigration.govt.nz/nzeta",
      fact: "Official NZeTA information page; IVL paid with the NZeTA; up to 10 requests per transaction in the app",
      verified: false
    }
  ],
  testUrls: ["https://nzeta.immigration.govt.nz/"]
}
