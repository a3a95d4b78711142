import { formatClock, formatDayAndClock, timeZoneLabel } from "./format-time"
import { maintenanceStatus } from "./maintenance-window"
import { usePanel } from "./panel-context"
import { portalSeemsSlow } from "./portal-slow"
import { isKnownTimeZone } from "./zoned-time"

/**
 * Section 9: the portal's own clock (seed 3.1 "does it coincide with maintenance?"), the
 * current or next maintenance window, and off-peak advice when the portal seems slow.
 * `inline` renders the same facts inside a fix's action area.
 */
export function PortalTime({ inline = false }: { inline?: boolean }) {
  const { model, t, locale, now } = usePanel()
  const zone = model.profile?.timeZone
  if (!zone || !isKnownTimeZone(zone)) return null
  const status = maintenanceStatus(model.profile?.maintenance, now)
  const slow = portalSeemsSlow(model.diagnosis, model.network)

  const body = (
    <>
      <p>{t("time.portalNow", { time: formatDayAndClock(now, locale, zone), zone: timeZoneLabel(now, locale, zone) })}</p>
      <p class="evph-small">{t("time.yoursNow", { time: formatDayAndClock(now, locale, model.environment.timeZone) })}</p>
      {status.current && (
        <p class="evph-warning">
          {t("time.inMaintenance", { end: formatDayAndClock(status.current.end, locale, zone) })} {status.current.window.note[locale]}
          {status.current.window.unverified && ` ${t("time.unverified")}`}
        </p>
      )}
      {!status.current && status.next && (
        <p>
          {t("time.nextMaintenance", {
            start: formatDayAndClock(status.next.start, locale, zone),
            end: formatClock(status.next.end, locale, zone)
          })}{" "}
          {status.next.window.note[locale]}
          {status.next.window.unverified && ` ${t("time.unverified")}`}
        </p>
      )}
      {(slow || inline) && <p>{t("time.offPeak")}</p>}
    </>
  )
  if (inline) return <div class="evph-action-body">{body}</div>
  return (
    <section class="evph-section" aria-labelledby="evph-time-heading">
      <h3 id="evph-time-heading">{t("time.heading")}</h3>
      {body}
    </section>
  )
}
