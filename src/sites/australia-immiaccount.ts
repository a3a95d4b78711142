import type { SiteProfile } from "~src/sites/profile"

/**
 * Australia — ImmiAccount, the Department of Home Affairs' online lodgement account.
 * The fee is paid inside ImmiAccount as the application is submitted.
 *
 * Test URLs:
 * - https://online.immi.gov.au/lusc/login
 * - https://online.immi.gov.au/elp/app (application form, review, payment pages share this path)
 */
export const profile: SiteProfile = {
  id: "australia-immiaccount",
  names: { en: "Australia ImmiAccount", "zh-CN": "澳大利亚移民局 ImmiAccount" },
  country: "AU",
  kind: "portal",
  hosts: ["online.immi.gov.au"],
  languages: ["en"],
  steps: [
    {
      step: "login",
      url: [/^\/lusc\/login/i],
      selectors: ["form#loginForm", "input#username"],
      text: ["Login to ImmiAccount"]
    },
    {
      // The ELP pages all live under /elp/app, so the page content tells the steps apart.
      step: "application",
      selectors: [".wc-application-progress", "#reviewApplication"],
      text: ["Review", "Declarations"]
    },
    {
      step: "payment-method",
      selectors: ["fieldset#paymentMethods", "input[name='paymentMethod']"],
      text: ["Select payment method", "Payment options"],
      weight: 2
    },
    {
      step: "card-entry",
      selectors: ["#creditCardDetails"],
      text: ["Credit card details", "Card payment"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      selectors: ["#paymentDeclined", ".wc-payment-result"],
      text: ["Payment not completed", "Payment unsuccessful", "Processing your payment"],
      weight: 2
    },
    {
      step: "receipt",
      selectors: ["#paymentReceipt"],
      text: ["Payment receipt", "Application submitted successfully"],
      weight: 2
    }
  ],
  errorRegions: [".wc-message-error", ".wc-validation-summary", "#paymentDeclined"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "jcb", "diners", "unionpay", "paypal"],
    currency: "AUD"
  },
  timeZone: "Australia/Sydney",
  hints: {
    "payment-method": [
      {
        en: "ImmiAccount takes Visa, Mastercard, American Express, JCB, Diners Club, UnionPay and PayPal. A small surcharge is added, and it differs by method.",
        "zh-CN": "ImmiAccount 接受 Visa、万事达、美国运通、JCB、大来卡、银联和 PayPal。付款时会加收一笔小额手续费，不同方式的费率不一样。"
      },
      {
        en: "If one card does not work, PayPal or a UnionPay card are other ways to pay here.",
        "zh-CN": "如果一张卡付不了，这里也可以换用 PayPal 或银联卡付款。"
      }
    ],
    "card-entry": [
      {
        en: "The fee is charged in Australian dollars to an Australian government office. Your bank may see it as an overseas payment, so overseas online payments must be switched on for your card.",
        "zh-CN": "费用以澳元收取，收款方是澳大利亚政府部门。银行会把它当作境外付款，所以需要先为这张卡开通境外网上支付。"
      },
      {
        en: "Your bank may send a code to the phone number it holds for you. Keep that phone nearby.",
        "zh-CN": "银行可能会往您在银行登记的手机号发送验证码，请把那部手机放在身边。"
      }
    ]
  },
  notes: [
    {
      en: "Home Affairs says banks may decline a genuine payment because the merchant is overseas, the amount is unusual, or a national limit applies; the applicant should ask the bank to allow it before retrying.",
      "zh-CN": "澳大利亚内政部说明：因收款方在境外、金额与平时消费不符或本国限额，银行可能拒绝正常付款；应先请银行放行，再重新付款。"
    },
    {
      en: "Since December 2020 ImmiAccount runs 3-D Secure for cards issued by Australian banks; cards from other countries may also get a challenge from their issuer.",
      "zh-CN": "自 2020 年 12 月起，ImmiAccount 对澳大利亚银行发行的卡启用了 3-D Secure 验证；其他国家发行的卡也可能被发卡行要求验证。"
    },
    {
      en: "Without payment the application is not valid; an application shown as 'Saved' was not paid.",
      "zh-CN": "未付款的申请无效；显示为 “Saved（已保存）” 的申请说明还没有付款成功。"
    }
  ],
  sources: [
    {
      url: "https://www.border.gov.au/Trav/Visa/Fees/how-to-pay-for-an-application",
      fact: "Online applications are paid in ImmiAccount by card, PayPal or BPAY; surcharges listed for Visa/Mastercard, Amex/JCB, Diners, China UnionPay and PayPal; charged in AUD; banks may decline overseas payments",
      verified: true
    },
    {
      url: "https://immi.homeaffairs.gov.au/help-support/applying-online-or-on-paper/online/how-to/pay-for-an-application",
      fact: "Current official payment page (not read directly here; the facts above come from its predecessor page)",
      verified: false
    },
    {
      url: "https://storyoz.com/immi-credit-card-security/",
      fact: "3-D Secure cardholder authentication in ImmiAccount since 10 December 2020 (quoting the ImmiAccount login page)",
      verified: false
    },
    {
      url: "https://online.immi.gov.au/lusc/login",
      fact: "Login host and path",
      verified: true
    },
    {
      url: "https://online.immi.gov.au/elp/app",
      fact: "Application and payment page paths and their DOM ids/classes are our own reading of the portal, not confirmed",
      verified: false
    }
  ],
  testUrls: ["https://online.immi.gov.au/lusc/login", "https://online.immi.gov.au/elp/app"]
}
