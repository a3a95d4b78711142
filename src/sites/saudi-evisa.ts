import type { SiteProfile } from "~src/sites/profile"

/**
 * Saudi Arabia — tourist eVisa (Ministry of Tourism, "Visit Saudi") and the unified visa
 * platform. Hosts come from our brief and could not be confirmed here.
 *
 * Test URLs:
 * - https://visa.visitsaudi.com/
 * - https://ksavisa.sa/
 */
export const profile: SiteProfile = {
  id: "saudi-evisa",
  names: { en: "Saudi Arabia eVisa", "zh-CN": "沙特阿拉伯电子签证" },
  country: "SA",
  kind: "portal",
  hosts: ["visa.visitsaudi.com", "ksavisa.sa"],
  languages: ["ar", "en", "zh-CN"],
  steps: [
    {
      step: "application",
      url: [/\/(?:Apply|Application)/i],
      text: ["Applicant details", "بيانات مقدم الطلب", "Review and pay"],
      selectors: ["#applicationSummary"]
    },
    {
      step: "card-entry",
      url: [/\/(?:Payment|Checkout)/i],
      text: ["Card details", "بيانات البطاقة"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment failed", "فشلت عملية الدفع"],
      weight: 3
    }
  ],
  errorRegions: [".alert-danger", ".error-message", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard"],
    currency: "SAR",
    unverified: true
  },
  timeZone: "Asia/Riyadh",
  hints: {
    "card-entry": [
      {
        en: "The fee, including the required medical insurance, is charged in Saudi riyals; your bank converts it.",
        "zh-CN": "费用（含强制医疗保险）以沙特里亚尔收取，由您的银行换算。"
      }
    ]
  },
  notes: [
    {
      en: "Hosts, accepted cards and page wording are unconfirmed; treat step detection here as a best guess.",
      "zh-CN": "网址、可用卡种和页面文字都未经确认，这里的步骤识别只是最佳推测。"
    }
  ],
  sources: [
    {
      url: "https://visa.visitsaudi.com/",
      fact: "Host given in our brief; not confirmed from a public source here",
      verified: false
    },
    {
      url: "https://ksavisa.sa/",
      fact: "Unified visa platform host given in our brief; not confirmed here",
      verified: false
    }
  ],
  testUrls: ["https://visa.visitsaudi.com/"]
}
