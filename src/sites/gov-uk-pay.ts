import type { SiteProfile } from "~src/sites/profile"

/**
 * GOV.UK Pay — the UK government's hosted card payment pages, used by many UK services.
 * Routes and page wording below come from the open-source alphagov/pay-frontend.
 *
 * Test URLs:
 * - https://card.payments.service.gov.uk/card_details/{chargeId}
 * - https://card.payments.service.gov.uk/card_details/{chargeId}/3ds_required
 * - https://card.payments.service.gov.uk/card_details/{chargeId}/confirm
 */
export const profile: SiteProfile = {
  id: "gov-uk-pay",
  names: { en: "GOV.UK Pay", "zh-CN": "英国政府支付页面 GOV.UK Pay" },
  country: "GB",
  kind: "gateway",
  hosts: ["card.payments.service.gov.uk"],
  languages: ["en", "cy"],
  steps: [
    {
      step: "card-entry",
      url: [/^\/card_details\/[^/?#]+\/?(?:[?#]|$)/],
      selectors: ["form#card-details", "input#card-no"],
      text: ["Enter card details", "Enter payment details"],
      autocomplete: ["cc-number", "cc-csc"]
    },
    {
      step: "verification",
      url: [/^\/card_details\/[^/]+\/3ds_required/],
      text: ["To continue with your payment, we need your bank"],
      weight: 2
    },
    {
      step: "confirmation",
      url: [/^\/card_details\/[^/]+\/(?:confirm|auth_waiting|capture_waiting)/],
      text: ["Confirm your payment", "Your payment is in progress", "Checking card details"],
      weight: 2
    },
    {
      // Failure pages are rendered on whatever path the payment was on, so their headings decide.
      step: "confirmation",
      text: [
        "Your payment has been declined",
        "Your payment was unsuccessful",
        "Your payment session has expired",
        "We’re experiencing technical problems",
        "There was a problem with your payment"
      ],
      weight: 4
    }
  ],
  errorRegions: [".govuk-error-summary", ".govuk-error-message", "#error-summary"],
  payment: {
    // Each service chooses the card types it accepts; these are the brands GOV.UK Pay supports.
    accepted: ["visa", "mastercard", "amex", "maestro", "jcb", "discover", "diners", "apple-pay", "google-pay"],
    currency: "GBP",
    unverified: true
  },
  timeZone: "Europe/London",
  hints: {
    "card-entry": [
      {
        en: "The page lists the card types this service accepts. The fee is charged in pounds (GBP).",
        "zh-CN": "页面上会列出这项服务接受的卡种，费用以英镑收取。"
      },
      {
        en: "Type the billing address your bank holds for this card; a different address can make the bank refuse it.",
        "zh-CN": "账单地址请填银行为这张卡登记的地址，地址不一致可能导致银行拒绝付款。"
      }
    ],
    verification: [
      {
        en: "Your bank is asking you to confirm it is really you. Look for a text message or a notice in your banking app, and keep this page open.",
        "zh-CN": "您的银行正在确认是您本人在付款。请留意短信或银行 App 的通知，不要关闭这个页面。"
      }
    ]
  },
  notes: [
    {
      en: "'Your payment has been declined' on GOV.UK Pay means the issuer refused it and no money was taken; the page itself gives no reason.",
      "zh-CN": "GOV.UK Pay 显示 “Your payment has been declined” 表示发卡行拒绝了交易，且没有扣款；页面本身不说明原因。"
    },
    {
      en: "'Your payment session has expired' can also appear after a successful payment; check the service before paying again.",
      "zh-CN": "“Your payment session has expired” 也可能出现在付款已成功之后；再次付款前请先在原服务中查看状态。"
    }
  ],
  sources: [
    {
      url: "https://github.com/alphagov/pay-frontend/blob/master/app/paths.js",
      fact: "Routes /card_details/:chargeId, /3ds_required, /auth_waiting, /confirm, /capture_waiting",
      verified: true
    },
    {
      url: "https://github.com/alphagov/pay-frontend/blob/master/locales/en.json",
      fact: "Page wording: 'Enter card details', 'Confirm your payment', 'Your payment has been declined', 'Your payment session has expired', 'We’re experiencing technical problems', bank approval text",
      verified: true
    },
    {
      url: "https://docs.payments.service.gov.uk/",
      fact: "Card brands and wallets supported; each service switches card types on or off (not read directly here)",
      verified: false
    },
    {
      url: "https://github.com/alphagov/pay-frontend/blob/master/app/views/charge.njk",
      fact: "Form and input ids (card-details, card-no) are our reading of the template; the excerpt we saw shows Apple Pay / Google Pay options",
      verified: false
    }
  ],
  testUrls: ["https://card.payments.service.gov.uk/card_details/example-charge-id"]
}
