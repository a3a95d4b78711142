import type { SiteProfile } from "~src/sites/profile"

/**
 * India — the Government of India e-Visa portal (Ministry of Home Affairs,
 * Bureau of Immigration). The applicant fills the form, uploads a photo and passport page,
 * then pays the fee; the portal hands the card entry to a bank payment gateway (SBI ePay or
 * Axis Bank, both named on the portal's help desk list) and shows the result on its own
 * pages afterwards. Card entry and the bank's security code therefore happen on the
 * gateways' hosts, which have their own profiles.
 *
 * Test URLs:
 * - https://indianvisaonline.gov.in/evisa/tvoa.html (information, help desk numbers)
 * - https://indianvisaonline.gov.in/evisa/Registration (application form)
 * - https://indianvisaonline.gov.in/evisa/CompletePartially (return to a saved application)
 * - https://indianvisaonline.gov.in/evisa/PaymentCheck (pay the fee / check a payment)
 * - https://indianvisaonline.gov.in/evisa/PrintApplication
 */
export const profile: SiteProfile = {
  id: "india-evisa",
  names: { en: "India e-Visa (Government of India)", "zh-CN": "印度电子签证（印度政府官网）" },
  country: "IN",
  kind: "portal",
  hosts: ["indianvisaonline.gov.in"],
  pathPrefixes: ["/evisa/"],
  languages: ["en"],
  steps: [
    {
      // There is no account: an applicant "logs back in" to a saved application with the
      // temporary Application ID, passport number and a captcha.
      step: "login",
      url: [/^\/evisa\/(CompletePartially|StatusEnquiry)\b/i],
      selectors: ["form#completePartiallyForm", "input#app_id", "input[name='app_id']"],
      text: ["Complete Partially Filled Form", "Partially filled application"]
    },
    {
      step: "application",
      url: [/^\/evisa\/(Registration|Applicant|Application|Upload)\w*/i],
      selectors: ["#nationality_id", "#ppt_type_id", "#jouryney_id", "#passport_no", "form#applicantForm"],
      text: ["e-Visa Application", "Applicant Details", "Passport Details", "Upload Image", "Upload Document", "Save and Continue"]
    },
    {
      step: "payment-method",
      url: [/^\/evisa\/(PaymentCheck|Payment|Pay)\b/i],
      selectors: ["input[type='radio'][name='payment_gateway']", "#paymentGatewaySelect", "form#payFeeForm"],
      text: ["Pay e-Visa Fee", "Select Payment Gateway", "Pay Now", "Payable Amount"],
      weight: 1
    },
    {
      // The result page the gateway sends the applicant back to. A failed or pending
      // payment is "confirmation"; only a successful one is "receipt".
      step: "confirmation",
      url: [/^\/evisa\/Payment(Response|Result|Status|Return)\b/i],
      selectors: ["#payment_failed", ".payment-failed", ".txn-failed"],
      text: [
        "Transaction Failed",
        "Payment Failed",
        "Transaction Declined",
        "Payment Unsuccessful",
        "Payment Pending",
        "Transaction is pending",
        "Payment not received"
      ],
      weight: 1.2
    },
    {
      step: "receipt",
      url: [/^\/evisa\/Payment(Response|Result|Status|Return)\b/i],
      selectors: ["#payment_success", ".payment-success", ".txn-success"],
      text: ["Payment Successful", "Transaction Successful", "Payment Received", "e-Visa fee received", "Print Payment Receipt"],
      weight: 1.2
    }
  ],
  errorRegions: [".error", ".errorMsg", ".txn-failed", "#payment_failed", ".alert-danger", "span.errors", "#errorDiv"],
  payment: {
    accepted: ["visa", "mastercard", "amex"],
    currency: "USD",
    // Axis Bank has no profile yet; add "axis-bank" here when it does.
    gateways: ["sbi-epay"],
    unverified: true
  },
  timeZone: "Asia/Kolkata",
  browsers: { recommended: ["chrome", "firefox", "edge"] },
  hints: {
    "payment-method": [
      {
        en: "After you press Pay, the page moves to an Indian bank's payment page (SBI ePay or Axis Bank). That is expected.",
        "zh-CN": "点击付款后，页面会跳到印度银行的付款页面（SBI ePay 或 Axis Bank），这是正常的。"
      },
      {
        en: "The fee is paid to India, so your card must allow overseas online payments.",
        "zh-CN": "这笔费用是付给印度的，所以您的卡需要开通境外网上支付。"
      }
    ],
    confirmation: [
      {
        en: "If money left your account but the page says failed, do not pay again right away: check the payment status with your Application ID first.",
        "zh-CN": "如果钱已经扣了但页面显示失败，请先不要马上再付一次：先用申请编号查询付款状态。"
      }
    ]
  },
  notes: [
    {
      en: "Card entry and 3-D Secure happen on the gateway (SBI ePay / Axis Bank), not on indianvisaonline.gov.in. Helpdesk numbers for both gateways are on the portal's information page.",
      "zh-CN": "填写卡号和银行安全验证是在支付网关（SBI ePay / Axis Bank）的页面上完成的，不在 indianvisaonline.gov.in 上。两个网关的客服电话都列在官网的说明页上。"
    },
    {
      en: "The portal's result page often shows the gateway's reason text and a code; 'not enabled for international transactions' means the issuer blocks cross-border card use.",
      "zh-CN": "官网的结果页常会显示网关给出的原因和代码；“not enabled for international transactions”表示发卡银行没有开通这张卡的境外使用。"
    },
    {
      en: "The exact paths of the payment and result pages could not be confirmed from a public source; step detection relies mainly on page text there.",
      "zh-CN": "付款页和结果页的具体网址无法从公开资料确认，这两步主要依靠页面文字来识别。"
    }
  ],
  sources: [
    {
      url: "https://indianvisaonline.gov.in/evisa/tvoa.html",
      fact: "Fee paid online by credit/debit card or payment wallet; SBI ePay and Axis Bank payment help desks listed (gateways)",
      verified: true
    },
    {
      url: "https://indianvisaonline.gov.in/evisa/",
      fact: "Host and /evisa/ path of the portal; partially filled applications can be completed later",
      verified: true
    },
    {
      url: "https://indianvisaonline.gov.in/evisa/Registration",
      fact: "Application form path and field ids (#nationality_id, #ppt_type_id, #jouryney_id, #passport_no) as used by public automation scripts",
      verified: false
    },
    {
      url: "https://indianvisaonline.gov.in/evisa/PaymentCheck",
      fact: "Paths CompletePartially, PaymentCheck, PrintApplication as listed by public crawler code; PaymentResponse/Status paths and gateway radio names are our guess",
      verified: false
    },
    {
      url: "https://indianvisaonline.gov.in/evisa/eTV_revised_fee_final.pdf",
      fact: "Fee table (fees stated in US dollars); accepted card brands Visa/Mastercard/Amex are from third-party guides, not the portal",
      verified: false
    }
  ],
  testUrls: [
    "https://indianvisaonline.gov.in/evisa/tvoa.html",
    "https://indianvisaonline.gov.in/evisa/Registration",
    "https://indianvisaonline.gov.in/evisa/CompletePartially",
    "https://indianvisaonline.gov.in/evisa/PaymentCheck",
    "https://indianvisaonline.gov.in/evisa/PrintApplication"
  ]
}
