import { defineCause } from "../cause"

export const cause = defineCause({
  id: "billing-details-mismatch",
  category: "card-details",
  title: { "zh-CN": "账单地址或姓名与银行记录不符", en: "The billing address or name doesn't match the bank's record" },
  explanation: {
    "zh-CN": "网站把您填的地址、邮编或姓名和银行登记的做了比对，结果不一致。请按银行登记的内容填写。",
    en: "The site compared the address, postcode or name you entered with what your bank has, and they differ. Enter them exactly as your bank has them."
  },
  technical: {
    "zh-CN": "AVS（地址验证）或持卡人姓名校验失败：Stripe incorrect_zip，Adyen “AVS Declined”，Braintree 2059/2060。",
    en: "AVS or cardholder-name check failed: Stripe incorrect_zip, Adyen “AVS Declined”, Braintree 2059/2060."
  },
  recognition: {
    text: [
      /address verification (failed|failure|declined)/,
      /\bavs\b.{0,20}(mismatch|fail|declin)/,
      /(zip|postal|post) ?code.{0,30}(does not match|doesn't match|failed|incorrect|mismatch)/,
      /billing (address|details).{0,30}(does not match|doesn't match|mismatch|incorrect)/,
      /incorrect_zip/,
      /账单地址.{0,10}(不符|不一致|错误|有误)/,
      /持卡人(姓名|信息).{0,8}(不一致|不符|不匹配)/
    ],
    codes: { braintree: ["2059", "2060"] },
    steps: ["card-entry", "confirmation"]
  },
  fixes: ["check-billing-details", "check-card-details"],
  examples: [
    { text: "Address verification failed. The billing address does not match the address on file with your bank.", lang: "en" },
    { text: "账单地址与发卡行记录不符，请检查邮编和地址", lang: "zh-CN" }
  ],
  negatives: [{ text: "Billing address", lang: "en" }],
  sources: [{ url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "AVS Declined", verified: true }]
})
