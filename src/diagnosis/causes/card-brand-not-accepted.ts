import { defineCause } from "../cause"

export const cause = defineCause({
  id: "card-brand-not-accepted",
  category: "method-not-accepted",
  title: { "zh-CN": "网站不接受这种卡", en: "The site doesn't take this kind of card" },
  explanation: {
    "zh-CN": "这个网站不收这个品牌的卡。请查看网站接受哪些卡，多数签证网站接受 Visa 和万事达卡。",
    en: "This site doesn't take this card brand. Check which cards it accepts; most visa sites take Visa and Mastercard."
  },
  technical: {
    "zh-CN": "卡组织/卡种未在商户开通：Stripe card_not_supported，Braintree 2024（Card Type Not Enabled），Adyen “Not supported”。",
    en: "Card scheme or type not enabled for the merchant: Stripe card_not_supported, Braintree 2024 (Card Type Not Enabled), Adyen “Not supported”."
  },
  recognition: {
    concepts: [
      [/仅接受|只接受|仅支持|只支持|only accepts?|n'accept(e|ons) que|yalnızca|we only take|acceptons uniquement|seules les cartes|solo (se )?aceptan?|solo aceptamos|únicamente|sadece|chỉ (chấp nhận|hỗ trợ)|hanya (menerima|mendukung)/, /visa|mastercard|万事达|信用卡|credit card/],
      // A named minor brand plus a refusal, in any word order: "本站不支持 jcb 卡", "les cartes maestro ne sont pas acceptées".
      [/\b(jcb|discover|diners( club)?|maestro|rupay|troy)\b|大来卡|大莱卡/, /not (be )?(accepted|supported)|(do not|don't|does not|cannot|can't|no longer) (accept|take|support)|不支持|不接受|无法使用|不能使用|n'(est|sont) pas (acceptée?s?|prises? en charge)|n'acceptons pas|no aceptamos|kabul etmiyoruz|tidak menerima|non acceptée?s?|no (se )?(acepta|aceptan|admite|admiten)|no (es|son) (aceptad|admitid)|kabul edilmi?yor|desteklenmiyor|không (được )?(chấp nhận|hỗ trợ)|tidak (diterima|didukung|dapat digunakan)|ไม่รองรับ|ไม่รับ|غير مقبول|غير مدعوم|لا نقبل/]
    ],
    text: [
      /(do not|don't|does not|cannot) accept (this|that|the|your) (card|card type|type of card|kind of card)/,
      /card (type|brand) (is )?not (supported|accepted|enabled|allowed)/,
      /(jcb|discover|diners( club)?|maestro|rupay)( cards?)? (is |are )?(not accepted|not supported|cannot be used)/,
      /card_not_supported/,
      /不支持(该|此|这种|这个)?(卡种|卡类型|类型的(银行)?卡|种类的卡|卡组织)/,
      /(不接受|不支持)此类(型的)?(信用卡|银行卡|卡)/,
      /loại thẻ (này )?không được chấp nhận/,
      /kart (türü|tipi).{0,10}(desteklenmiyor|kabul edilmiyor)/,
      /(this|that|the) card (type|brand) (is |was )?not (accepted|supported|allowed)/,
      /types? de cartes?.{0,20}(n'est pas|ne sont pas|non) (acceptée?s?|prise?s? en charge)/,
      /tipo de tarjeta.{0,20}no (es |está )?(aceptad[oa]|admitid[oa]|compatible|soportad[oa])/,
      /jenis kartu.{0,20}tidak (diterima|didukung)/,
      /ไม่รองรับ(ประเภท)?บัตร/,
      /نوع البطاقة.{0,20}غير (مقبول|مدعوم)/
    ],
    codes: { braintree: ["2024"] },
    signals: [{ signal: "method-not-accepted", weight: 0.5 }],
    exclude: [/union ?pay|银联|american express|\bamex\b|运通|debit|借记|储蓄卡|签账|prepaid|预付|礼品卡|gift card|currency|币种/],
    steps: ["payment-method", "card-entry", "confirmation"]
  },
  fixes: ["show-accepted-methods", "use-visa-or-mastercard-credit"],
  examples: [
    { text: "Card type not supported.", lang: "en" },
    { text: "JCB cards are not accepted for this payment.", lang: "en" },
    { text: "暂不支持此类型的银行卡", lang: "zh-CN" },
    { text: "不接受此類信用卡，請改用 Visa 或 MasterCard", lang: "zh-TW" },
    { text: "JCB 卡暂不支援，请換用 Visa 或萬事達卡付款", lang: "zh-TW" },
    { text: "Nous n'acceptons pas les cartes Diners Club.", lang: "fr" },
    { text: "Las tarjetas Maestro no se aceptan en este sitio.", lang: "es" },
    { text: "Jenis kartu Anda tidak didukung.", lang: "id" },
    { text: "Sorry, Discover is not accepted here. We take Visa and Mastercard.", lang: "en" },
    { text: "Nous n'acceptons que les cartes Visa et Mastercard.", lang: "fr" }
  ],
  negatives: [{ text: "We accept Visa, Mastercard and UnionPay.", lang: "en" }, { text: "We accept Visa, Mastercard and JCB", lang: "en" }],
  sources: [{ url: "https://docs.stripe.com/declines/codes", fact: "card_not_supported", verified: true }]
})
