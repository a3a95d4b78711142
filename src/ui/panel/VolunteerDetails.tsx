import type { EnvironmentFacts } from "~src/environment/types"

import { usePanel } from "./panel-context"
import { RedactedText } from "./RedactedText"
import { describeStepNote } from "~src/page/step-notes"
import { browserDisplayName } from "~src/environment/browser-names"

/**
 * Volunteer mode: the raw facts behind the plain words — error codes and where each error
 * was read, the step detection, the environment and the failed requests.
 */
export function VolunteerDetails() {
  const { model, t } = usePanel()
  const { state, environment, network } = model
  const codes = [...new Set(state.errors.map((error) => error.code).filter((code): code is string => Boolean(code)))]
  const flag = (value: boolean | null | undefined) => (value === true ? t("vol.yes") : value === false ? t("vol.no") : t("vol.unknown"))

  return (
    <section class="evph-section evph-volunteer" aria-labelledby="evph-volunteer-heading">
      <h3 id="evph-volunteer-heading">{t("vol.heading")}</h3>
      <ul class="evph-facts">
        {codes.length > 0 && <li>{t("vol.codes", { codes: codes.join(", ") })}</li>}
        {state.errors.map((error, index) => (
          <li key={index}>
            <code>{error.code ?? "—"}</code> <RedactedText text={error.text} /> <span class="evph-muted">{t("vol.errorSource", { source: error.source })}</span>
          </li>
        ))}
        <li>{t("vol.step", { step: state.step.id, percent: Math.round(state.step.confidence * 100) })}</li>
        {state.step.evidence.length > 0 && <li>{t("vol.stepEvidence", { evidence: state.step.evidence.map((note) => describeStepNote(note, (word, params) => t(`vol.stepNote.${word}`, params))).join("; ") })}</li>}
        {environmentLines(environment, t, flag).map((line, index) => (
          <li key={`env-${index}`}>{line}</li>
        ))}
      </ul>
      <h4>{t("vol.network", { count: network.length })}</h4>
      {network.length === 0 ? (
        <p class="evph-small">{t("vol.noNetwork")}</p>
      ) : (
        <ul class="evph-facts">
          {network.map((event, index) => (
            <li key={index}>
              <code>{event.kind}</code> {event.status ?? ""} {event.error ?? ""} {event.resourceType ? `[${event.resourceType}]` : ""} {event.origin}
              {event.path}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function environmentLines(
  environment: Partial<EnvironmentFacts>,
  t: ReturnType<typeof usePanel>["t"],
  flag: (value: boolean | null | undefined) => string
): string[] {
  const lines: string[] = []
  if (environment.browser) lines.push(t("vol.browser", { browser: `${browserDisplayName(environment.browser.name)} ${environment.browser.version} (${environment.browser.engine})` }))
  if (environment.os) lines.push(t("vol.os", { os: `${environment.os.name} ${environment.os.version}`.trim() }))
  if (environment.device) lines.push(t("vol.device", { device: environment.device }))
  if (environment.timeZone) lines.push(t("vol.timeZone", { zone: environment.timeZone, offset: formatOffset(environment.utcOffsetMinutes ?? 0) }))
  if (typeof environment.clockSkewSeconds === "number") lines.push(t("vol.clockSkew", { seconds: environment.clockSkewSeconds }))
  if (environment.cookiesEnabled !== undefined) {
    lines.push(t("vol.cookies", { enabled: flag(environment.cookiesEnabled), blocked: flag(environment.thirdPartyCookiesBlocked) }))
  }
  if (environment.online !== undefined) lines.push(t("vol.online", { online: flag(environment.online) }))
  if (environment.connection) {
    lines.push(t("vol.connection", { type: environment.connection.effectiveType ?? "?", rtt: environment.connection.rttMs ?? "?" }))
  }
  if (environment.pageErrors) lines.push(t("vol.pageErrors", { count: environment.pageErrors.count }))
  return lines
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+"
  const absolute = Math.abs(minutes)
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`
}
