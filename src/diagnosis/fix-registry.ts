import { BROWSER_AND_NETWORK_FIXES } from "./fixes/browser-and-network"
import { CARD_AND_BANK_FIXES } from "./fixes/card-and-bank"
import { SITE_AND_PAYMENT_FIXES } from "./fixes/site-and-payment"
import { VERIFICATION_FIXES } from "./fixes/verification"
import type { FixDefinition } from "./types"

/**
 * Every fix, in the order the knowledge base lists them. Apart from the causes (registry.ts)
 * so that a page that shows fixes (the panel, the chat text) does not load every cause's
 * patterns and examples with them.
 */
export const FIXES: readonly FixDefinition[] = [...CARD_AND_BANK_FIXES, ...VERIFICATION_FIXES, ...BROWSER_AND_NETWORK_FIXES, ...SITE_AND_PAYMENT_FIXES]

const fixesById = new Map(FIXES.map((fix) => [fix.id, fix]))

export function getFix(id: string): FixDefinition | undefined {
  return fixesById.get(id)
}
