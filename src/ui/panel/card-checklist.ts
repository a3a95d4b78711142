import type { Answers } from "~src/diagnosis/types"
import type { PaymentMethodId } from "~src/flow/payment-methods"
import type { PaymentFacts } from "~src/sites/profile"

import type { PanelMessageId } from "./messages"

export interface ChecklistLine {
  id: PanelMessageId
  params?: Record<string, string>
  /** A fact that rules this card out here, shown as a warning rather than a checkbox. */
  warning?: boolean
}

/** Whether this site takes a method: from the profile's lists; "unknown" when it has none. */
export function methodAcceptance(payment: PaymentFacts | undefined, method: PaymentMethodId): "accepted" | "not-accepted" | "unknown" {
  if (!payment) return "unknown"
  if (payment.notAccepted?.includes(method)) return "not-accepted"
  if (payment.accepted.includes(method)) return "accepted"
  // A non-empty accepted list that leaves the method out means the operator doesn't list it.
  return payment.accepted.length > 0 ? "not-accepted" : "unknown"
}

/**
 * The "check your card" list (seed 2.1, 2.2, 3.2.1, 3.2.2): overseas payments on, limits, the
 * bank's extra security code, the phone the bank holds, and — when we know the brand the
 * applicant chose — whether this site takes it at all. Pure; the view renders the lines.
 */
export function cardChecklist(
  payment: PaymentFacts | undefined,
  answers: Pick<Answers, "paymentMethod">,
  methodName: (method: PaymentMethodId) => string
): ChecklistLine[] {
  const lines: ChecklistLine[] = []
  const method = answers.paymentMethod
  if (method) {
    const acceptance = methodAcceptance(payment, method)
    if (acceptance === "not-accepted") lines.push({ id: "card.brandNotAccepted", params: { method: methodName(method) }, warning: true })
    else if (acceptance === "accepted") lines.push({ id: "card.brandAccepted", params: { method: methodName(method) } })
  }
  lines.push(
    { id: "card.international" },
    { id: "card.limit" },
    { id: "card.securityCode" },
    { id: "card.phone" },
    { id: "card.notExpired" }
  )
  if (payment?.currency) lines.push({ id: "card.currency", params: { currency: payment.currency } })
  return lines
}
