import type { CategoryId } from "~src/diagnosis/categories"
import { CARD_BRANDS, type PaymentMethodId } from "~src/flow/payment-methods"
import type { PaymentFacts } from "~src/sites/profile"

/**
 * Causes where the card itself was refused (by the bank, its limits or its security check):
 * a way of paying that does not go through that card can get the applicant through today
 * while the bank sorts the card out (seed 4.1 "backup plan", case 5.1 "PayPal as a backup").
 */
const CARD_REFUSED: ReadonlySet<CategoryId> = new Set([
  "bank-restriction",
  "generic-decline",
  "insufficient-funds",
  "verification-failed",
  "too-many-attempts"
])

const isCard = (method: PaymentMethodId) => (CARD_BRANDS as readonly string[]).includes(method)

/**
 * The other ways to pay this portal accepts that are not a card (PayPal, Alipay …), for a
 * card refused by its bank; the method the applicant already uses is left out. Another card
 * is a fix of its own in the knowledge base, so only non-card methods are named here. Pure.
 */
export function backupMethods(category: CategoryId | undefined, payment: PaymentFacts | undefined, chosen?: PaymentMethodId): PaymentMethodId[] {
  if (!category || !CARD_REFUSED.has(category) || !payment) return []
  return payment.accepted.filter((method) => !isCard(method) && method !== chosen)
}
