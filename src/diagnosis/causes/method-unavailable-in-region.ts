import { defineCause } from "../cause"

export const cause = defineCause({
  id: "method-unavailable-in-region",
  category: "method-not-accepted",
  title: { "zh-CN": "这个支付方式只限部分地区使用", en: "This payment method only works in some countries" },
  explanation: {
    "zh-CN": "有些支付方式（例如支付宝）只对特定国家或地区的用户开放。请改用信用卡等其他方式。",
    en: "Some payment methods (Alipay, for example) only work for people in certain countries. Please use a card or another method."
  },
  technical: { "zh-CN": "钱包或本地支付方式按付款人国家限制；PayPal PAYER_COUNTRY_NOT_SUPPORTED。", en: "Wallet / local method restricted by payer country; PayPal PAYER_COUNTRY_NOT_SUPPORTED." },
  recognition: {
    concepts: [[/country|region|nationality|国家|地区|国籍/, /not (available|accepted|supported|offered)|不可用|不支持|不接受/]],
    text: [
      /(not|isn't) available in your (country|region|location|area)/,
      /only available (to customers |to users |for customers )?in/,
      /payer_country_not_supported|country_not_supported/,
      /(所在|您所在的)(国家|地区).{0,8}(不可用|不支持|无法使用)/,
      /仅限(中国)?(大陆|境内|特定国家|部分国家)/,
      /不适用于您所在的地区/,
      /không khả dụng tại quốc gia/,
      /no (está )?disponible en su (país|región)/
    ],
    steps: ["payment-method", "confirmation"]
  },
  fixes: ["choose-another-method", "use-visa-or-mastercard-credit"],
  examples: [
    { text: "This payment method is not available in your country.", lang: "en" },
    { text: "此支付方式仅限中国大陆用户使用", lang: "zh-CN" },
    { text: "此付款方式不適用於您所在的地區", lang: "zh-TW" }
  ],
  negatives: [{ text: "Choose a payment method", lang: "en" }]
})
