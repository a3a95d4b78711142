import type { Localized } from "~src/i18n/locale"

/** Payment methods a portal may accept; ids are stable (they appear in reports). */
export const PAYMENT_METHODS = {
  visa: { en: "Visa", "zh-CN": "Visa" },
  mastercard: { en: "Mastercard", "zh-CN": "万事达卡 (Mastercard)" },
  amex: { en: "American Express", "zh-CN": "美国运通 (American Express)" },
  unionpay: { en: "UnionPay", "zh-CN": "银联 (UnionPay)" },
  jcb: { en: "JCB", "zh-CN": "JCB" },
  discover: { en: "Discover", "zh-CN": "Discover" },
  diners: { en: "Diners Club", "zh-CN": "大来卡 (Diners Club)" },
  maestro: { en: "Maestro", "zh-CN": "Maestro" },
  rupay: { en: "RuPay", "zh-CN": "RuPay" },
  paypal: { en: "PayPal", "zh-CN": "PayPal" },
  alipay: { en: "Alipay", "zh-CN": "支付宝 (Alipay)" },
  "wechat-pay": { en: "WeChat Pay", "zh-CN": "微信支付" },
  "apple-pay": { en: "Apple Pay", "zh-CN": "Apple Pay" },
  "google-pay": { en: "Google Pay", "zh-CN": "Google Pay" },
  "bank-transfer": { en: "Bank transfer", "zh-CN": "银行转账" },
  netbanking: { en: "Net banking", "zh-CN": "网上银行" },
  upi: { en: "UPI", "zh-CN": "UPI" },
  "mobile-money": { en: "Mobile money (e.g. M-Pesa)", "zh-CN": "移动钱包（如 M-Pesa）" }
} as const satisfies Record<string, Localized>

export type PaymentMethodId = keyof typeof PAYMENT_METHODS
export const PAYMENT_METHOD_IDS = Object.keys(PAYMENT_METHODS) as PaymentMethodId[]

export const CARD_BRANDS = ["visa", "mastercard", "amex", "unionpay", "jcb", "discover", "diners", "maestro", "rupay"] as const satisfies readonly PaymentMethodId[]
export type CardBrand = (typeof CARD_BRANDS)[number]

export function isPaymentMethodId(value: unknown): value is PaymentMethodId {
  return typeof value === "string" && Object.hasOwn(PAYMENT_METHODS, value)
}
