import { defineCause } from "../cause"

export const cause = defineCause({
  id: "visa-type-restricts-methods",
  category: "method-not-accepted",
  title: { "zh-CN": "这种签证只能用信用卡付款", en: "This visa type only allows card payment" },
  explanation: {
    "zh-CN": "您申请的签证类型规定了付款方式（例如只收信用卡）。请用规定的方式付款。",
    en: "The visa type you are applying for only allows certain payment methods (for example credit card only). Please pay that way."
  },
  technical: { "zh-CN": "门户按签证类别配置可用支付方式（seed 2.4）。", en: "Portal configures payment methods per visa category (seed 2.4)." },
  recognition: {
    text: [
      /(for|with) (this|your) (visa|application|e-?visa) (type|category).{0,40}(only|credit card)/,
      /only credit cards? (are|is) accepted for .{0,30}(visa|application)/,
      /(签证)(类型|类别|种类).{0,10}(仅|只)(支持|接受|能|可)/,
      /(此类|该类|这类)签证.{0,12}(只能|仅)/
    ],
    steps: ["payment-method", "confirmation", "application"]
  },
  fixes: ["use-visa-or-mastercard-credit", "show-accepted-methods"],
  examples: [
    { text: "For this visa type, payment can only be made by credit card.", lang: "en" },
    { text: "该签证类型仅支持信用卡支付", lang: "zh-CN" },
    { text: "此簽證類別僅接受信用卡付款", lang: "zh-TW" }
  ],
  negatives: [{ text: "Select your visa type", lang: "en" }]
})
