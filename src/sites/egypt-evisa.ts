import type { SiteProfile } from "~src/sites/profile"

/**
 * Egypt — e-Visa portal. An account is created first; the fee is paid online by Visa or
 * Mastercard within a limited time after the form is finished.
 *
 * Test URLs:
 * - https://visa2egypt.gov.eg/eVisa/Home
 */
export const profile: SiteProfile = {
  id: "egypt-evisa",
  names: { en: "Egypt e-Visa", "zh-CN": "埃及电子签证" },
  country: "EG",
  kind: "portal",
  hosts: ["visa2egypt.gov.eg"],
  languages: ["en", "ar"],
  steps: [
    {
      step: "login",
      url: [/^\/eVisa\/(?:Login|Account)/i],
      text: ["Login to your account", "تسجيل الدخول إلى حسابك"],
      selectors: ["form#loginForm"]
    },
    {
      step: "application",
      url: [/^\/eVisa\/(?:Application|NewApplication)/i],
      text: ["Application Details", "Host Information"],
      selectors: ["#applicationWizard"]
    },
    {
      step: "card-entry",
      url: [/^\/eVisa\/Payment/i],
      text: ["Payment Details", "بيانات الدفع"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment Failed", "فشل الدفع", "Transaction Declined"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment Completed", "تم الدفع بنجاح"],
      weight: 3
    }
  ],
  errorRegions: [".alert-danger", ".field-validation-error", ".validation-summary-errors"],
  payment: {
    accepted: ["visa", "mastercard"],
    currency: "USD",
    unverified: true
  },
  timeZone: "Africa/Cairo",
  hints: {
    "card-entry": [
      {
        en: "Pay with a Visa or Mastercard; the fee is in US dollars (25 single entry, 60 multiple entry at launch).",
        "zh-CN": "请用 Visa 或万事达卡付款，费用以美元计（开通时单次入境 25 美元、多次入境 60 美元）。"
      },
      {
        en: "Pay within 24 hours of finishing the form, or the application has to be filled in again.",
        "zh-CN": "填完表格后请在 24 小时内付款，否则需要重新填写申请。"
      }
    ]
  },
  notes: [
    {
      en: "Some look-alike sites add large service fees; the government portal is visa2egypt.gov.eg.",
      "zh-CN": "一些仿冒网站会加收高额服务费；埃及政府的官方网站是 visa2egypt.gov.eg。"
    }
  ],
  sources: [
    {
      url: "https://www.deplacementspros.com/Egypte-l-e-visa-arrive-debut-decembre_a45898.html",
      fact: "Account creation first; payment online by Mastercard or Visa within 24 hours of finishing the form; USD 25 single / 60 multiple entry",
      verified: false
    },
    {
      url: "https://reisenundgolfen.de/?p=tipps&pID=1674&set=pages",
      fact: "Official portal at https://visa2egypt.gov.eg/eVisa/Home; fee by credit or debit card",
      verified: false
    },
    {
      url: "https://visa2egypt.gov.eg/eVisa/Home",
      fact: "Paths after /eVisa/ and the headings are our reading",
      verified: false
    }
  ],
  testUrls: ["https://visa2egypt.gov.eg/eVisa/Home"]
}
