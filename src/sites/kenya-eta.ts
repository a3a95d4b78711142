import type { SiteProfile } from "~src/sites/profile"

/**
 * Kenya — Electronic Travel Authorisation (eTA), Department of Immigration and Citizen
 * Services, since January 2024.
 *
 * Test URLs:
 * - https://www.etakenya.go.ke/
 */
export const profile: SiteProfile = {
  id: "kenya-eta",
  names: { en: "Kenya eTA", "zh-CN": "肯尼亚电子旅行许可（eTA）" },
  country: "KE",
  kind: "portal",
  hosts: ["etakenya.go.ke", "www.etakenya.go.ke"],
  languages: ["en"],
  steps: [
    {
      step: "login",
      text: ["Sign in to continue", "Verify your email"],
      selectors: ["form#login-form"]
    },
    {
      step: "application",
      url: [/\/(?:apply|application)/i],
      text: ["Travel information", "Review your application"],
      selectors: ["#application-summary"]
    },
    {
      step: "payment-method",
      url: [/\/(?:checkout|payment)/i],
      text: ["Choose payment option", "Make payment"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment failed", "Payment was not successful"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment successful", "Application received"],
      weight: 3
    }
  ],
  errorRegions: [".alert-danger", ".text-danger", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard", "apple-pay"],
    currency: "USD",
    unverified: true
  },
  timeZone: "Africa/Nairobi",
  hints: {
    "payment-method": [
      {
        en: "The processing fee is about 30 US dollars. A credit or debit card works; the site also mentions Apple Pay.",
        "zh-CN": "手续费约 30 美元，可以用信用卡或借记卡，网站也提到可以用 Apple Pay。"
      }
    ]
  },
  notes: [
    {
      en: "Payment may be handed to Kenya's eCitizen payment pages; those hosts are not in this profile because we could not confirm them.",
      "zh-CN": "付款可能会转到肯尼亚 eCitizen 的支付页面；由于无法确认其网址，这个档案没有包含它们。"
    },
    {
      en: "Citizens of some countries with visa-waiver agreements pay no fee but must still fill in the eTA.",
      "zh-CN": "与肯尼亚签有免签协议的部分国家公民无需付费，但仍须填写 eTA。"
    }
  ],
  sources: [
    {
      url: "https://travelnews.co.za/article/kenyas-electronic-travel-authorisation-goes-live",
      fact: "www.etakenya.go.ke requirements: credit card, debit card, Apple Pay or other means of payment; US$30 processing fee",
      verified: false
    },
    {
      url: "https://www.theeastafrican.co.ke/tea/news/east-africa/kenya-exempts-ethiopia-south-africa-from-eta-fees-4532712",
      fact: "Fee paid online at www.etakenya.go.ke; some nationalities exempt from the fee since February 2024",
      verified: true
    },
    {
      url: "https://www.etakenya.go.ke/",
      fact: "Paths and headings are our reading; eCitizen payment hosts not confirmed",
      verified: false
    }
  ],
  testUrls: ["https://www.etakenya.go.ke/"]
}
