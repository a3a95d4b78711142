import type { SiteProfile } from "~src/sites/profile"

/**
 * CCAvenue — Indian payment gateway (Avenues India). Merchants post an encrypted request to
 * secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction, where the payer
 * picks a mode (cards, net banking, UPI, wallets) and pays.
 *
 * Test URLs:
 * - https://secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction
 */
export const profile: SiteProfile = {
  id: "ccavenue",
  names: { en: "CCAvenue payment page", "zh-CN": "CCAvenue 付款页面" },
  country: "IN",
  kind: "gateway",
  hosts: ["secure.ccavenue.com"],
  languages: ["en", "hi"],
  steps: [
    {
      step: "payment-method",
      url: [/command=initiateTransaction/i],
      selectors: ["ul#payOptions", "#payOptions li"],
      text: ["Select Payment Option"],
      weight: 1
    },
    {
      step: "card-entry",
      selectors: ["#OPTCRDC.active", "input[name='cardNumber']"],
      text: ["Enter Credit Card Details", "Enter Debit Card Details"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 3
    },
    {
      step: "confirmation",
      text: ["Transaction Failed", "Your transaction has been declined", "Transaction Aborted"],
      weight: 4
    }
  ],
  errorRegions: [".error", "#errorMsg", ".alert-danger"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "rupay", "diners", "jcb", "netbanking", "upi"],
    unverified: true
  },
  timeZone: "Asia/Kolkata",
  hints: {
    "card-entry": [
      {
        en: "Foreign cards may be charged in the merchant's currency (often INR); your bank converts it and may ask for a code.",
        "zh-CN": "境外银行卡可能按商家的币种（通常是印度卢比）扣款，由您的银行换算，银行也可能发送验证码。"
      }
    ]
  },
  notes: [
    {
      en: "CCAvenue returns the result to the merchant; 'Aborted' usually means the payer closed or went back, 'Failure' a decline or verification problem.",
      "zh-CN": "CCAvenue 会把结果返回给商家；“Aborted” 一般表示付款人关闭或返回了页面，“Failure” 通常是被拒或验证失败。"
    }
  ],
  sources: [
    {
      url: "https://github.com/BlondelSeumo/Ultimate-Project-Manager-CRM/blob/master/application/views/payment/pay_ccavenue.php",
      fact: "Live URL https://secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction (test: test.ccavenue.com)",
      verified: true
    },
    {
      url: "https://secure.ccavenue.com/",
      fact: "Element ids (payOptions, OPTCRDC) and page wording are our reading",
      verified: false
    }
  ],
  testUrls: ["https://secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction"]
}
