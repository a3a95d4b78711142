import type { SiteProfile } from "~src/sites/profile"

/**
 * United States — ESTA (Electronic System for Travel Authorization), run by U.S. Customs and
 * Border Protection for Visa Waiver Program travellers. CBP collects the fee through Pay.gov.
 *
 * Test URLs:
 * - https://esta.cbp.dhs.gov/
 * - https://esta.cbp.dhs.gov/esta/application/… (Angular single-page app; views change in place)
 */
export const profile: SiteProfile = {
  id: "us-esta",
  names: { en: "US ESTA (travel authorization)", "zh-CN": "美国 ESTA 电子旅行授权" },
  country: "US",
  kind: "portal",
  hosts: ["esta.cbp.dhs.gov"],
  languages: ["en", "de", "fr", "es", "it", "ja", "ko", "pt", "nl", "sv"],
  steps: [
    {
      step: "application",
      url: [/\/application(?:[/?#]|$)/i],
      text: ["Review Application", "Applicant Information", "Eligibility Questions"],
      selectors: ["app-review-application", "#reviewApplication"]
    },
    {
      step: "payment-method",
      url: [/\/payment(?:[/?#]|$)/i],
      text: ["Pay Now", "Select Payment Method"],
      selectors: ["app-payment", "input[name='paymentType']"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment Failed", "Payment was not successful", "Application Pending Payment"],
      selectors: ["#paymentError"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment Received", "Authorization Approved", "Authorization Pending"],
      selectors: ["app-application-status"],
      weight: 2
    }
  ],
  errorRegions: [".alert-danger", ".usa-alert--error", "#paymentError", "mat-error"],
  payment: {
    // Third-party guides agree on these cards; whether PayPal is offered on the official page
    // could not be confirmed from an official source (see sources).
    accepted: ["visa", "mastercard", "amex", "discover", "jcb", "diners", "paypal"],
    currency: "USD",
    gateways: ["pay-gov"],
    unverified: true
  },
  timeZone: "America/New_York",
  hints: {
    "payment-method": [
      {
        en: "The ESTA fee is charged in US dollars. Cards from Visa, Mastercard, American Express, Discover, JCB and Diners Club are taken.",
        "zh-CN": "ESTA 费用以美元收取，可以使用 Visa、万事达、美国运通、Discover、JCB 和大来卡。"
      },
      {
        en: "An application that is not paid within 7 days expires. Pay once: if money left your account, check the status before paying again.",
        "zh-CN": "申请提交后 7 天内未付款会失效。只需付一次款：如果已经扣款，请先查询申请状态，不要重复付款。"
      }
    ],
    "card-entry": [
      {
        en: "The card does not need to be in the traveller's name. Your bank may treat this as an overseas payment.",
        "zh-CN": "卡不必是旅行者本人的。您的银行会把这笔付款当作境外交易。"
      }
    ]
  },
  notes: [
    {
      en: "Only esta.cbp.dhs.gov is official; many look-alike sites charge several times the fee. Check the address first when the amount looks high.",
      "zh-CN": "只有 esta.cbp.dhs.gov 是官方网站，很多仿冒网站会收取数倍费用。金额偏高时先检查网址。"
    },
    {
      en: "CBP's payment page gives little detail when a card is refused; the issuing bank is usually the one that can say why.",
      "zh-CN": "官方付款页在卡被拒时提示很少，通常只有发卡行能说明原因。"
    }
  ],
  sources: [
    {
      url: "https://cbp.gov/about/paying-cbp",
      fact: "ESTA fees are collected through Pay.gov (credit cards)",
      verified: true
    },
    {
      url: "https://www.ksvisalaw.com/new-14-fee-for-visa-waiver-entry-2/",
      fact: "ESTA fee is paid by credit or debit card (2010 CBP announcement)",
      verified: true
    },
    {
      url: "https://wikiusa.org/en/how-to-pay-for-esta-application",
      fact: "Visa, Mastercard, American Express, Discover; PayPal also mentioned — PayPal not confirmed from an official page",
      verified: false
    },
    {
      url: "https://www.travellingpolicy.com/travel/esta-visa-waiver-authorization-payment-methods.html",
      fact: "Unpaid applications expire after 7 days; list of card brands",
      verified: false
    },
    {
      url: "https://esta.cbp.dhs.gov/",
      fact: "Official host; SPA paths and component names are our reading",
      verified: false
    }
  ],
  testUrls: ["https://esta.cbp.dhs.gov/"]
}
