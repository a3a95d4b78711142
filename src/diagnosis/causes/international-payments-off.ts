import { defineCause } from "../cause"

export const cause = defineCause({
  id: "international-payments-off",
  category: "bank-restriction",
  title: { "zh-CN": "这张卡没有开通境外支付", en: "Overseas payments are turned off for this card" },
  explanation: {
    "zh-CN": "签证网站在国外，银行把这笔付款当作境外交易。您的卡还没有开通境外支付，所以银行拒绝了。联系银行或在银行 App 里开通后，就可以重新付款。",
    en: "The visa website is abroad, so your bank treats this as an overseas payment, and overseas payments are not switched on for your card. Once your bank (or its app) turns them on, you can pay again."
  },
  technical: {
    "zh-CN": "发卡行拒绝跨境 CNP 交易（常见应答码 57/62 或 do_not_honor，部分网关直接给出原因文字）。中国发卡的卡常默认关闭境外网上支付。",
    en: "Issuer refuses cross-border card-not-present use (often surfaced as 57/62 or do_not_honor; some gateways pass the reason text). Cards issued in China often have overseas online use off by default."
  },
  recognition: {
    concepts: [[/international|overseas|foreign|abroad|cross-border|outside (your|its|the) (home )?country|境外|海外|国外|跨境|国际|yurt ?dışı|quốc tế|internacional|l'étranger/, /not (been )?(enabled|allowed|permitted|activated|authori[sz]ed|supported|valid|turned on|set up)|does not (permit|allow|support)|doesn't (permit|allow|support)|disabled|blocked|未开通|未开启|未开放|未启用|尚未开通|不能|无法|不支持|不允许|禁止|关闭|kapalı|chưa|no (está )?habilitad|pas autorisée|non autorisée/]],
    text: [
      /(international|overseas|foreign|cross-border|cross border)( card)? (transactions?|payments?|purchases?|usage|use|spending)( are| is)? (not (enabled|allowed|permitted|activated|supported)|disabled|blocked|turned off)/,
      /not (been )?(enabled|activated|allowed|authori[sz]ed|valid|permitted|set up) for (international|overseas|foreign|cross-border) (transactions?|payments?|purchases?|use)/,
      /(does not|doesn't) allow (international|overseas|foreign|cross-border) (transactions?|payments?|purchases?)/,
      /(not valid|cannot be used) (for use )?outside (its|the|your) home country/,
      /未(开通|开启|启用|激活)(境外|海外|国际|跨境)/,
      /(暂)?(不支持|不允许|禁止)(境外|海外|跨境|国际)(消费|交易|支付|使用|网上)/,
      /(境外|海外|跨境|国际)(网上)?(支付|交易|消费)?(功能|权限)?(已)?(关闭|被禁用|未开通)/,
      /(被拒绝|拒绝|失败).{0,20}(开通|开启)(境外|海外|国际|跨境)/,
      /chưa (được )?(kích hoạt|đăng ký|mở) (chức năng )?thanh toán quốc tế/,
      /yurt ?dışı (işlem|alışveriş|kullanım)\w{0,5} (kapalı|izin verilmiyor)/,
      /no (está )?habilitada para (compras|pagos|transacciones) (internacionales|en el extranjero)/,
      /(pas|non) (autorisée|activée).{0,30}(l'étranger|international)/
    ],
    exclude: [/currency|币种|货币|devise|moneda|\blimit|限额|额度/],
    signals: [{ signal: "declined-before", weight: 0.45 }],
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["contact-bank-enable-overseas", "wait-before-retry", "use-another-card"],
  examples: [
    { text: "Your card was declined: international transactions are not enabled", lang: "en" },
    { text: "交易失败：您的卡未开通境外支付功能", lang: "zh-CN" },
    // Seed case 5.1: a Visa card declined again on the Australian portal, no reason given.
    {
      text: "Transaction declined. Please try again or use a different card.",
      lang: "en",
      step: "confirmation",
      siteId: "australia-immiaccount",
      evidence: {
        now: "2026-11-27T10:20:00Z",
        attempts: [{ time: "2026-11-27T10:05:00Z", siteId: "australia-immiaccount", outcome: "failed" }]
      }
    },
    { text: "交易失敗：您的卡片未開通海外交易功能", lang: "zh-TW" },
    { text: "Kartınız yurt dışı işlemlere kapalıdır.", lang: "tr" },
    { text: "Thẻ của bạn chưa được kích hoạt thanh toán quốc tế.", lang: "vi" }
  ],
  negatives: [
    { text: "请确认您的信用卡已开通境外支付功能后再付款", lang: "zh-CN" },
    { text: "Your international transaction limit has been exceeded.", lang: "en" }
  ],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "transaction_not_allowed / do_not_honor used for issuer-side usage blocks", verified: true },
    { url: "https://blindpay.com/resources/more/why-card-payments-get-declined.md", fact: "cards not enabled for online or international use are declined by the issuer", verified: true }
  ]
})
