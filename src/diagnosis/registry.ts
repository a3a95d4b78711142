import type { CauseDefinition } from "./cause"
import { cause as wrongCardNumber } from "./causes/wrong-card-number"
import { cause as wrongExpiryDate } from "./causes/wrong-expiry-date"
import { cause as wrongSecurityCode } from "./causes/wrong-security-code"
import { cause as billingDetailsMismatch } from "./causes/billing-details-mismatch"
import { cause as expiredCard } from "./causes/expired-card"
import { cause as insufficientFunds } from "./causes/insufficient-funds"
import { cause as spendingLimitReached } from "./causes/spending-limit-reached"
import { cause as internationalPaymentsOff } from "./causes/international-payments-off"
import { cause as onlinePaymentsOff } from "./causes/online-payments-off"
import { cause as foreignTransactionLimit } from "./causes/foreign-transaction-limit"
import { cause as cardBlockedContactBank } from "./causes/card-blocked-contact-bank"
import { cause as issuerSecurityHold } from "./causes/issuer-security-hold"
import { cause as unionpayNotAccepted } from "./causes/unionpay-not-accepted"
import { cause as amexNotAccepted } from "./causes/amex-not-accepted"
import { cause as debitCardNotAccepted } from "./causes/debit-card-not-accepted"
import { cause as prepaidCardNotAccepted } from "./causes/prepaid-card-not-accepted"
import { cause as cardBrandNotAccepted } from "./causes/card-brand-not-accepted"
import { cause as currencyNotSupported } from "./causes/currency-not-supported"
import { cause as walletNotAccepted } from "./causes/wallet-not-accepted"
import { cause as methodUnavailableInRegion } from "./causes/method-unavailable-in-region"
import { cause as visaTypeRestrictsMethods } from "./causes/visa-type-restricts-methods"
import { cause as methodTemporarilyDisabled } from "./causes/method-temporarily-disabled"
import { cause as codeNotReceivedSignal } from "./causes/code-not-received-signal"
import { cause as phoneDiffersFromBank } from "./causes/phone-differs-from-bank"
import { cause as virtualPhoneNumber } from "./causes/virtual-phone-number"
import { cause as smsServiceDown } from "./causes/sms-service-down"
import { cause as codeWrongOrExpired } from "./causes/code-wrong-or-expired"
import { cause as secureCodeNotEnrolled } from "./causes/secure-code-not-enrolled"
import { cause as secureCheckTimedOut } from "./causes/secure-check-timed-out"
import { cause as secureCheckFailed } from "./causes/secure-check-failed"
import { cause as sessionExpired } from "./causes/session-expired"
import { cause as paymentTimeLimitPassed } from "./causes/payment-time-limit-passed"
import { cause as scheduledMaintenance } from "./causes/scheduled-maintenance"
import { cause as gatewayOutage } from "./causes/gateway-outage"
import { cause as peakTimeLoad } from "./causes/peak-time-load"
import { cause as paymentStatusUnknown } from "./causes/payment-status-unknown"
import { cause as issuerUnavailable } from "./causes/issuer-unavailable"
import { cause as portalAccessDenied } from "./causes/portal-access-denied"
import { cause as alreadyPaid } from "./causes/already-paid"
import { cause as paymentInProgress } from "./causes/payment-in-progress"
import { cause as duplicateTransaction } from "./causes/duplicate-transaction"
import { cause as outdatedBrowser } from "./causes/outdated-browser"
import { cause as cookiesDisabled } from "./causes/cookies-disabled"
import { cause as javascriptDisabled } from "./causes/javascript-disabled"
import { cause as staleCache } from "./causes/stale-cache"
import { cause as popupBlocked } from "./causes/popup-blocked"
import { cause as thirdPartyCookiesBlocked } from "./causes/third-party-cookies-blocked"
import { cause as blockerExtension } from "./causes/blocker-extension"
import { cause as tooManyAttempts } from "./causes/too-many-attempts"
import { cause as riskControlBlock } from "./causes/risk-control-block"
import { cause as offline } from "./causes/offline"
import { cause as dnsFailure } from "./causes/dns-failure"
import { cause as networkTimeout } from "./causes/network-timeout"
import { cause as connectionDropped } from "./causes/connection-dropped"
import { cause as deviceClockWrong } from "./causes/device-clock-wrong"
import { cause as genericDecline } from "./causes/generic-decline"
import { cause as unknownError } from "./causes/unknown-error"

export { FIXES, getFix } from "./fix-registry"

/**
 * Every cause, most specific first: on equal confidence the earlier cause wins, and the
 * catch-alls (generic decline, unknown error) come last.
 */
export const CAUSES: readonly CauseDefinition[] = [
  wrongCardNumber,
  wrongExpiryDate,
  wrongSecurityCode,
  billingDetailsMismatch,
  expiredCard,
  insufficientFunds,
  spendingLimitReached,
  internationalPaymentsOff,
  onlinePaymentsOff,
  foreignTransactionLimit,
  cardBlockedContactBank,
  issuerSecurityHold,
  unionpayNotAccepted,
  amexNotAccepted,
  debitCardNotAccepted,
  prepaidCardNotAccepted,
  cardBrandNotAccepted,
  currencyNotSupported,
  walletNotAccepted,
  methodUnavailableInRegion,
  visaTypeRestrictsMethods,
  methodTemporarilyDisabled,
  codeNotReceivedSignal,
  phoneDiffersFromBank,
  virtualPhoneNumber,
  smsServiceDown,
  codeWrongOrExpired,
  secureCodeNotEnrolled,
  secureCheckTimedOut,
  secureCheckFailed,
  sessionExpired,
  paymentTimeLimitPassed,
  scheduledMaintenance,
  gatewayOutage,
  peakTimeLoad,
  paymentStatusUnknown,
  issuerUnavailable,
  portalAccessDenied,
  alreadyPaid,
  paymentInProgress,
  duplicateTransaction,
  outdatedBrowser,
  cookiesDisabled,
  javascriptDisabled,
  staleCache,
  popupBlocked,
  thirdPartyCookiesBlocked,
  blockerExtension,
  tooManyAttempts,
  riskControlBlock,
  offline,
  dnsFailure,
  networkTimeout,
  connectionDropped,
  deviceClockWrong,
  genericDecline,
  unknownError,
]

const causesById = new Map(CAUSES.map((cause) => [cause.id, cause]))

export function getCause(id: string): CauseDefinition | undefined {
  return causesById.get(id)
}
