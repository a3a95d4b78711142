import type { SiteProfile } from "~src/sites/profile"

/**
 * United States — nonimmigrant visa fee (MRV) payment and interview scheduling, run for the
 * State Department by its contractors: AIS (ais.usvisa-info.com) in many countries and the
 * older CGI "ustraveldocs" site. Payment methods differ by country.
 *
 * Test URLs:
 * - https://ais.usvisa-info.com/en-tt/niv/users/sign_in
 * - https://ais.usvisa-info.com/en-tt/niv/schedule/12345678/payment
 * - https://www.ustraveldocs.com/cn_zh/cn-niv-visafeeinfo.asp
 */
export const profile: SiteProfile = {
  id: "us-visa-appointment",
  names: { en: "US visa fee and appointment site", "zh-CN": "美国签证缴费及预约网站" },
  country: "US",
  kind: "portal",
  hosts: ["ais.usvisa-info.com", "www.ustraveldocs.com"],
  languages: ["en", "zh-CN", "es", "fr", "pt"],
  steps: [
    {
      step: "login",
      url: [/\/users\/sign_in/i],
      selectors: ["form#sign_in_form", "input#user_email"],
      text: ["Sign In"]
    },
    {
      step: "application",
      url: [/\/schedule\/\d+\/(?:continue_actions|applicants)/i, /\/groups\/\d+/i],
      text: ["Group Actions", "Applicants in this group"],
      selectors: [".card.applicant"]
    },
    {
      step: "payment-method",
      url: [/\/schedule\/\d+\/payment/i],
      text: ["Pay Visa Fee", "Payment Options", "支付方式", "缴纳签证费"],
      selectors: ["#paymentOptions", "table.for-layout"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment Failed", "Your payment was declined", "支付失败", "付款未成功"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment Successful", "Receipt Number", "支付成功", "收据编号"],
      weight: 2
    }
  ],
  errorRegions: [".alert-box", "#flash_messages .error", ".error"],
  payment: {
    // Online card payment exists in some countries (e.g. Trinidad and Tobago); in mainland
    // China the options have been Alipay, CITIC Bank counters and UnionPay debit cards.
    accepted: ["visa", "mastercard", "amex", "discover", "diners", "alipay", "unionpay"],
    notAccepted: ["paypal"],
    unverified: true
  },
  hints: {
    "payment-method": [
      {
        en: "This site does not take PayPal. Depending on your country it takes cards, a local bank, or (in mainland China) Alipay.",
        "zh-CN": "这个网站不接受 PayPal。根据所在国家不同，可以用银行卡、指定银行，或（在中国大陆）用支付宝支付。"
      },
      {
        en: "Write down or screenshot the receipt number right after paying — you need it to book the interview, and it cannot be replaced.",
        "zh-CN": "付款后请马上记下或截图收据编号，预约面谈要用到它，丢失后无法补发。"
      }
    ]
  },
  notes: [
    {
      en: "In China the amount is shown in USD but paid in RMB at the consular exchange rate; UnionPay debit holders have paid a small UnionPay fee.",
      "zh-CN": "在中国，页面以美元显示金额，但按领事汇率以人民币支付；银联借记卡曾需支付少量银联手续费。"
    },
    {
      en: "Credit cards issued outside the country of application are often refused on the local payment options; check the country's fee page.",
      "zh-CN": "在申请所在国之外发行的信用卡，常常无法使用当地的付款方式；请查看该国的签证费说明页面。"
    }
  ],
  sources: [
    {
      url: "https://www.immihelp.com/usa-visa-fee-payment-options-in-china/",
      fact: "China: fee shown in USD, paid in RMB; Alipay QR payment redirected back to ustraveldocs.com; receipt number needed for scheduling",
      verified: false
    },
    {
      url: "https://newsday.co.tt/2024/06/10/online-payment-now-available-for-us-visas-2/",
      fact: "AIS (ais.usvisa-info.com/en-tt/niv) offers online credit card payment in Trinidad and Tobago",
      verified: true
    },
    {
      url: "https://aihuau.com/a/8104140103/188633.html",
      fact: "China: online payment with mainland-issued debit cards only, UnionPay 0.3% fee (older CGI period)",
      verified: false
    },
    {
      url: "https://ais.usvisa-info.com/",
      fact: "PayPal is not among the payment options (our reading, matching the domain text's case study); page paths and ids are our reading",
      verified: false
    }
  ],
  testUrls: ["https://ais.usvisa-info.com/en-tt/niv/users/sign_in", "https://www.ustraveldocs.com/cn_zh/cn-niv-visafeeinfo.asp"]
}
