import type { SiteProfile } from "~src/sites/profile"

/**
 * United Kingdom — "Apply for a UK visa" (UKVI Access UK), the Home Office's online visa
 * application. The fee (and the Immigration Health Surcharge where it applies) is paid online
 * before the biometrics appointment can be booked.
 *
 * Test URLs:
 * - https://visas-immigration.service.gov.uk/product/uk-visit-visa
 * - https://visas-immigration.service.gov.uk/application/…/summary
 */
export const profile: SiteProfile = {
  id: "uk-visas",
  names: { en: "UK visa application (Home Office)", "zh-CN": "英国签证在线申请（英国内政部）" },
  country: "GB",
  kind: "portal",
  hosts: ["visas-immigration.service.gov.uk"],
  languages: ["en"],
  steps: [
    {
      step: "login",
      url: [/^\/(?:sign-in|login|resume)/i],
      text: ["Sign in to your account", "Return to an application"],
      selectors: ["input#password"]
    },
    {
      step: "application",
      url: [/^\/(?:product|application)\//i],
      text: ["Check your answers", "Declaration"],
      selectors: [".govuk-summary-list"]
    },
    {
      step: "payment-method",
      url: [/\/pay(?:ment)?(?:[/?#]|$)/i],
      text: ["Pay for your application", "Pay your visa fee"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Your payment was not successful", "Payment not completed", "Your session has timed out"],
      weight: 3
    },
    {
      step: "receipt",
      selectors: [".govuk-panel--confirmation"],
      text: ["Payment received", "You have paid"],
      weight: 2
    }
  ],
  errorRegions: [".govuk-error-summary", ".govuk-error-message", ".govuk-notification-banner"],
  payment: {
    accepted: ["visa", "mastercard", "amex"],
    currency: "GBP",
    unverified: true
  },
  timeZone: "Europe/London",
  hints: {
    "payment-method": [
      {
        en: "The visa fee, and the health surcharge if you need to pay it, are taken together in pounds (GBP). Your bank converts the amount.",
        "zh-CN": "签证费和需要缴纳的医疗附加费会一起以英镑扣款，由您的银行换算成人民币。"
      },
      {
        en: "If the payment fails, do not start a new application. Wait a few minutes and check your account first.",
        "zh-CN": "如果付款没有成功，请不要新建申请。先等几分钟，到账户里查看申请状态。"
      }
    ]
  },
  notes: [
    {
      en: "After payment the applicant is sent to the visa application centre's site (VFS Global or TLScontact) to book biometrics; a failure there is a separate payment.",
      "zh-CN": "付款后申请人会被转到签证中心（VFS Global 或 TLScontact）网站预约录指纹；那里的付款是另一笔，出问题需要分开处理。"
    },
    {
      en: "Duplicate payments are refunded on request through UKVI contact centre with the transaction reference.",
      "zh-CN": "重复付款可以凭交易参考号向英国签证与移民局（UKVI）联络中心申请退款。"
    }
  ],
  sources: [
    {
      url: "https://www.gov.uk/government/news/change-to-uk-visa-payments",
      fact: "UK visa payments are made online by card at the time of application (2013 announcement naming Visa and Mastercard)",
      verified: true
    },
    {
      url: "https://www.kaeltripton.com/how-to-pay-uk-visa-fees/",
      fact: "Fee and Immigration Health Surcharge are charged together in GBP; failed payments do not submit the application; duplicates refunded via UKVI",
      verified: false
    },
    {
      url: "https://visas-immigration.service.gov.uk/",
      fact: "Paths, headings and the hand-off to a card gateway are our own reading; the gateway in use today was not confirmed",
      verified: false
    }
  ],
  testUrls: ["https://visas-immigration.service.gov.uk/product/uk-visit-visa"]
}
