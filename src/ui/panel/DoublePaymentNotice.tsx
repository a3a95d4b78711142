import { doublePaymentGuard } from "./double-payment-guard"
import { formatClock } from "./format-time"
import { usePanel } from "./panel-context"
import { PaymentStatusSteps } from "./PaymentStatusSteps"

/**
 * Section 5b: an earlier attempt ended without a result and the applicant is about to pay
 * again. Say so before anything else on the payment page, and how to check first.
 */
export function DoublePaymentNotice() {
  const { model, t, locale, now } = usePanel()
  const guard = doublePaymentGuard(model.attempts, model.state.site?.id ?? null, model.state.step.id, now, model.answers)
  if (!guard.warn) return null
  return (
    <section class="evph-section evph-notice evph-notice--stop" aria-labelledby="evph-double-heading">
      <h3 id="evph-double-heading">{t("double.title")}</h3>
      <p>{guard.unknownSince ? t("double.why") : t("double.whyAnswer")}</p>
      {guard.unknownSince && <p>{t("double.since", { time: formatClock(guard.unknownSince, locale, model.environment.timeZone) })}</p>}
      <p>{t("double.howToCheck")}</p>
      <PaymentStatusSteps />
    </section>
  )
}
