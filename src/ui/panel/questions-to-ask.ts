import type { CategoryId } from "~src/diagnosis/categories"
import type { Answers } from "~src/diagnosis/types"
import type { PaymentMethodId } from "~src/flow/payment-methods"
import type { StepId } from "~src/flow/steps"
import type { PaymentFacts } from "~src/sites/profile"

export type QuestionId = "payment-method" | "code-received" | "same-phone" | "real-name-phone" | "charged"

const PAYING_STEPS: ReadonlySet<StepId> = new Set(["payment-method", "card-entry", "verification", "confirmation"])

/**
 * Which questions are worth the applicant's attention now (seed 3.1: payment method; seed
 * 2.2/5.3: did the code arrive, is it the bank's number, a real-name number; money taken
 * without a receipt). Few and relevant: an anxious reader skips a long form. Pure.
 */
export function questionsToAsk(step: StepId, categories: readonly CategoryId[], answers: Answers, hasErrors: boolean): QuestionId[] {
  const asked: QuestionId[] = []
  const verificationTrouble = categories.includes("verification-failed")
  if (PAYING_STEPS.has(step) || hasErrors || answers.paymentMethod) asked.push("payment-method")
  if (step === "verification" || verificationTrouble || answers.codeReceived !== undefined) asked.push("code-received")
  if (answers.codeReceived === "no" || verificationTrouble) asked.push("same-phone", "real-name-phone")
  const resultUnclear = categories.some((c) => c === "duplicate-payment" || c === "site-or-gateway-error" || c === "network-problem")
  if ((step === "confirmation" && hasErrors) || resultUnclear || answers.chargedWithoutReceipt !== undefined) asked.push("charged")
  return asked
}

/** Methods most applicants from China hold, always offered so "not accepted here" can be said. */
const COMMON_METHODS: PaymentMethodId[] = ["visa", "mastercard", "unionpay", "amex", "jcb", "paypal", "alipay", "wechat-pay"]

/** The chips of the payment-method question: the common ones, then whatever else this site lists. */
export function methodChoices(payment: PaymentFacts | undefined): PaymentMethodId[] {
  const choices = [...COMMON_METHODS]
  for (const method of [...(payment?.accepted ?? []), ...(payment?.notAccepted ?? [])]) {
    if (!choices.includes(method)) choices.push(method)
  }
  return choices
}
