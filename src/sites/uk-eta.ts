import type { SiteProfile } from "~src/sites/profile"

/**
 * United Kingdom — Electronic Travel Authorisation (ETA), applied for in the "UK ETA" app or
 * online. Payment by credit or debit card, Apple Pay or Google Pay.
 *
 * Test URLs:
 * - https://apply-to-visit-or-stay-in-the-uk.homeoffice.gov.uk/ (online ETA journey)
 */
export const profile: SiteProfile = {
  id: "uk-eta",
  names: { en: "UK Electronic Travel Authorisation (ETA)", "zh-CN": "英国电子旅行许可（ETA）" },
  country: "GB",
  kind: "portal",
  hosts: ["apply-to-visit-or-stay-in-the-uk.homeoffice.gov.uk"],
  languages: ["en"],
  steps: [
    {
      step: "application",
      url: [/\/(?:check-answers|declaration|personal-details)/i],
      text: ["Check your answers before you pay", "Check your answers"],
      selectors: [".govuk-summary-list"]
    },
    {
      step: "payment-method",
      url: [/\/(?:pay|payment)(?:[/?#]|$)/i],
      text: ["Pay for your ETA", "How do you want to pay"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Your payment was not successful", "Your payment has been declined", "Sorry, there is a problem with the service"],
      weight: 3
    },
    {
      step: "receipt",
      selectors: [".govuk-panel--confirmation"],
      text: ["Application submitted", "You have applied for an ETA"],
      weight: 2
    }
  ],
  errorRegions: [".govuk-error-summary", ".govuk-error-message"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "apple-pay", "google-pay"],
    currency: "GBP",
    gateways: ["gov-uk-pay"],
    unverified: true
  },
  timeZone: "Europe/London",
  hints: {
    "payment-method": [
      {
        en: "You can pay with a credit or debit card, Apple Pay or Google Pay. The fee is charged in pounds (GBP).",
        "zh-CN": "可以用信用卡、借记卡、Apple Pay 或 Google Pay 付款，费用以英镑收取。"
      },
      {
        en: "The card does not have to be in your name, but the person who owns it should be nearby in case their bank sends a code.",
        "zh-CN": "卡不一定要在您名下，但持卡人最好在身边，银行可能会给持卡人发验证码。"
      }
    ]
  },
  notes: [
    {
      en: "Only gov.uk or the official 'UK ETA' app take the real fee; look-alike sites charge much more. Check the address bar if the amount looks wrong.",
      "zh-CN": "只有 gov.uk 网站或官方 “UK ETA” App 收取正式费用；仿冒网站会收高得多的钱。金额不对时请先看地址栏。"
    }
  ],
  sources: [
    {
      url: "https://press.news/cs/article/download?format=xml&id=119001",
      fact: "Republished GOV.UK guidance 'Using the UK ETA app': a credit card, debit card, Apple Pay or Google Pay is needed",
      verified: false
    },
    {
      url: "https://www.gov.uk/guidance/apply-for-an-electronic-travel-authorisation-eta",
      fact: "Official guidance page (not read directly here)",
      verified: false
    },
    {
      url: "https://apply-to-visit-or-stay-in-the-uk.homeoffice.gov.uk/",
      fact: "Host of the online ETA journey as given in our brief; paths, headings and the GOV.UK Pay hand-off are our reading",
      verified: false
    }
  ],
  testUrls: ["https://apply-to-visit-or-stay-in-the-uk.homeoffice.gov.uk/"]
}
