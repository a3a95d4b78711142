import { defineCause } from "../cause"

export const cause = defineCause({
  id: "insufficient-funds",
  category: "insufficient-funds",
  title: { "zh-CN": "余额或可用额度不足", en: "Not enough balance or credit" },
  explanation: {
    "zh-CN": "银行说卡里的钱或信用额度不够付这笔费用。签证费按外币收取，银行可能另收手续费，请留一些余量。",
    en: "The bank says there isn't enough money or credit on the card for this fee. The fee is in a foreign currency and the bank may add charges, so leave a margin."
  },
  technical: {
    "zh-CN": "ISO 8583 / 银联应答码 51，Stripe insufficient_funds，Braintree 2001，Adyen “Not enough balance”。",
    en: "ISO 8583 / UnionPay response 51, Stripe insufficient_funds, Braintree 2001, Adyen “Not enough balance”."
  },
  recognition: {
    concepts: [[/balance|funds|money|credit|余额|资金|额度|bakiye|saldo|fondos|số dư|solde|fonds|dana|رصيد/, /too low|insufficient|not enough|(not|n't) have enough|lack of funds|not sufficient|不足|不够|yetersiz|insuficiente|không đủ|insuffisant/]],
    text: [
      /insufficient[ _](funds?|balance|credit)/,
      /not (sufficient|enough) (funds|money|balance|credit)/,
      /not enough balance/,
      /exceeds? (your )?(the )?available (balance|credit|funds)/,
      /余额不足|资金不足|(可用)?额度不(足|够)|信用额度不够/,
      /yetersiz bakiye|bakiye yetersiz/,
      /số dư.{0,20}không đủ/,
      /fondos insuficientes|saldo insuficiente/,
      /provision insuffisante|solde insuffisant|fonds insuffisants/,
      /(saldo|dana) (anda )?tidak (cukup|mencukupi)/,
      /(ยอดเงิน|วงเงิน).{0,10}ไม่(พอ|เพียงพอ)/,
      /(الرصيد|رصيد).{0,10}غير كا(ف|في)/
    ],
    codes: { iso8583: ["51"], unionpay: ["51"], braintree: ["2001"] },
    exclude: [/境外|海外|跨境|国际|international|overseas|foreign|cross-border/],
    steps: ["card-entry", "confirmation", "verification"]
  },
  fixes: ["check-balance", "use-another-card"],
  examples: [
    { text: "Your card has insufficient funds.", lang: "en" },
    { text: "Payment failed - 51 Not sufficient funds", lang: "en" },
    { text: "余额不足，支付失败", lang: "zh-CN" },
    { text: "餘額不足，交易失敗", lang: "zh-TW" },
    { text: "Yetersiz bakiye. İşlem gerçekleştirilemedi.", lang: "tr" },
    { text: "Saldo tidak mencukupi untuk transaksi ini.", lang: "id" },
    { text: "Paiement impossible : fonds insuffisants.", lang: "fr" }
  ],
  negatives: [
    { text: "Total amount: USD 80.00", lang: "en" },
    { text: "超出境外交易限额，请联系银行调整", lang: "zh-CN" }
  ],
  sources: [
    { url: "https://docs.stripe.com/declines/codes", fact: "insufficient_funds", verified: true },
    { url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "Not enough balance", verified: true }
  ]
})
