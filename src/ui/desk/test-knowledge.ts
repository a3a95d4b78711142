import type { FixDefinition } from "~src/diagnosis/types"
import type { DeskKnowledge } from "./knowledge"

/** A tiny knowledge base for desk tests, so they do not depend on src/diagnosis's content. */
const FIXES: Record<string, FixDefinition> = {
  "call-bank-enable-international": {
    id: "call-bank-enable-international",
    actor: "bank",
    title: { "zh-CN": "请银行开通境外支付", en: "Ask the bank to allow overseas payments" },
    steps: [{ "zh-CN": "拨打卡背面的客服电话。", en: "Call the number on the back of the card." }]
  },
  "try-another-card": {
    id: "try-another-card",
    actor: "applicant",
    title: { "zh-CN": "换一张卡试试", en: "Try another card" },
    steps: [{ "zh-CN": "换一张信用卡再付一次。", en: "Pay again with another credit card." }]
  }
}

const CAUSES: Record<string, { "zh-CN": string; en: string }> = {
  "international-payments-off": { "zh-CN": "银行卡没有开通境外支付", en: "Overseas payments are switched off on the card" },
  "generic-decline": { "zh-CN": "银行拒绝了这笔付款", en: "The bank declined the payment" }
}

export const TEST_KNOWLEDGE: DeskKnowledge = {
  causeTitle: (id, locale) => CAUSES[id]?.[locale] ?? null,
  causeExplanation: () => null,
  causeTechnical: (id, locale) => (id === "international-payments-off" ? (locale === "en" ? "Issuer response 05 on a cross-border CNP transaction." : "跨境无卡交易，发卡行返回 05。") : null),
  fix: (id) => FIXES[id] ?? null,
  describeEvidence: (note, locale) =>
    note.id === "issuer-decline-code"
      ? locale === "en"
        ? `The bank answered with code ${note.params?.code}`
        : `银行返回了代码 ${note.params?.code}`
      : note.id
}
