import { useId } from "preact/hooks"

import { formatClock } from "./format-time"
import { usePanel } from "./panel-context"
import { retryGuard } from "./retry-guard"

/**
 * Section 5a: after the second failure in a row, ask the applicant to stop, say what to do
 * instead and from when another try is reasonable. `always` (the wait-before-retry action)
 * also shows the general advice below the threshold.
 */
export function RetryGuardNotice({ always = false }: { always?: boolean }) {
  const { model, t, locale, now } = usePanel()
  const headingId = `evph-retry-${useId()}`
  const guard = retryGuard(model.attempts, model.state.site?.id ?? null, now)

  if (guard.level === "pause" && guard.retryAt) {
    return (
      <section class="evph-section evph-notice evph-notice--stop" aria-labelledby={headingId}>
        <h3 id={headingId}>{t("retry.pauseTitle")}</h3>
        <p>{t("retry.count", { count: guard.failures })}</p>
        <p>{t("retry.instead")}</p>
        <p>
          <strong>{t("retry.when", { time: formatClock(guard.retryAt, locale, model.environment.timeZone), minutes: guard.minutesLeft })}</strong>
        </p>
      </section>
    )
  }
  if (guard.level === "may-retry") {
    return (
      <section class="evph-section evph-notice" aria-labelledby={headingId}>
        <h3 id={headingId}>{t("retry.mayRetryTitle")}</h3>
        <p>{t("retry.count", { count: guard.failures })}</p>
        <p>{t("retry.mayRetry")}</p>
      </section>
    )
  }
  if (!always) return null
  return <p class="evph-action-body">{guard.level === "one-failure" ? t("retry.oneFailure") : t("retry.general")}</p>
}
