import type { SiteProfile } from "~src/sites/profile"

/**
 * SBI ePay — State Bank of India's payment aggregator, used by Indian government sites
 * (including, historically, the India e-Visa fee). The payer picks net banking, card, UPI or
 * other modes, then is sent to the bank or card page.
 *
 * Test URLs:
 * - https://www.sbiepay.sbi/secure/AggregatorHostedListener
 */
export const profile: SiteProfile = {
  id: "sbi-epay",
  names: { en: "SBI ePay (State Bank of India)", "zh-CN": "印度国家银行支付平台 SBI ePay" },
  country: "IN",
  kind: "gateway",
  hosts: ["www.sbiepay.sbi", "sbiepay.sbi"],
  languages: ["en", "hi"],
  steps: [
    {
      step: "payment-method",
      url: [/^\/secure\/AggregatorHostedListener/i],
      text: ["Select Payment Mode", "Other Payment Modes"],
      selectors: ["#paymodeTabs", "input[name='payMode']"],
      weight: 2
    },
    {
      step: "card-entry",
      url: [/^\/secure\/(?:card|CardPayment)/i],
      text: ["Card Payment", "Enter Card Details"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Transaction Failed", "Transaction Cancelled", "Session Expired", "Transaction Pending"],
      weight: 4
    }
  ],
  errorRegions: [".errorMsg", ".alert-danger", "#errormsg"],
  payment: {
    accepted: ["visa", "mastercard", "rupay", "amex", "netbanking", "upi"],
    unverified: true
  },
  timeZone: "Asia/Kolkata",
  hints: {
    "payment-method": [
      {
        en: "From outside India, choose card payment: net banking and UPI work only with Indian bank accounts.",
        "zh-CN": "在印度境外付款请选择银行卡：网上银行和 UPI 只适用于印度的银行账户。"
      }
    ]
  },
  notes: [
    {
      en: "A 'Transaction Pending' status can turn into success or failure later; do not pay again until the portal shows the final status.",
      "zh-CN": "“Transaction Pending（处理中）” 之后可能变成成功或失败；在原网站显示最终结果前请不要重复付款。"
    }
  ],
  sources: [
    {
      url: "https://github.com/rupalinajan123/iibf_uat/blob/master/refund/test.php",
      fact: "SBI ePay live host www.sbiepay.sbi (order status query API under /payagg/)",
      verified: true
    },
    {
      url: "https://www.sbiepay.sbi/",
      fact: "The /secure/AggregatorHostedListener path, bare sbiepay.sbi host and page wording are our reading",
      verified: false
    }
  ],
  testUrls: ["https://www.sbiepay.sbi/secure/AggregatorHostedListener"]
}
