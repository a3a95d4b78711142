import { Fragment } from "preact"

import { isPaymentMethodId, PAYMENT_METHODS } from "~src/flow/payment-methods"
import { FLOW_STEPS } from "~src/flow/steps"
import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import { describeStepNote } from "~src/page/step-notes"
import type { ReportV1 } from "~src/report/schema"
import { formatReportTime, formatUtcOffset, percent } from "./format"
import { causeTitleOrId, fixTitleOrId, type DeskKnowledge } from "./knowledge"
import { messages } from "./messages"
import { stepLabel } from "./step-labels"
import { browserDisplayName } from "~src/environment/browser-names"

interface Props {
  report: ReportV1
  /** The reader's language; the report may be in another. */
  locale: Locale
  knowledge: DeskKnowledge
}

type T = ReturnType<typeof translator<keyof (typeof messages)["en"]>>

/**
 * Everything in a report, in the volunteer's language. Page text (errors, note) is
 * rendered as text nodes only: Preact escapes strings, and nothing here sets HTML.
 */
export function ReportView({ report, locale, knowledge }: Props) {
  const t = translator(messages, locale)
  return (
    <div class="report-view">
      <Summary report={report} locale={locale} t={t} />
      <Stepper report={report} locale={locale} t={t} />
      <Errors report={report} t={t} />
      <Environment report={report} t={t} />
      <Network report={report} t={t} />
      <Causes report={report} locale={locale} knowledge={knowledge} t={t} />
      <Tried report={report} locale={locale} knowledge={knowledge} t={t} />
      <Answers report={report} locale={locale} t={t} />
      <section aria-labelledby="desk-note">
        <h3 id="desk-note">{t("section-note")}</h3>
        {report.note ? <blockquote class="quoted">{report.note}</blockquote> : <p class="muted">{t("no-note")}</p>}
      </section>
      <details class="raw">
        <summary>{t("section-raw")}</summary>
        <pre>{JSON.stringify(report, null, 2)}</pre>
      </details>
    </div>
  )
}

function Summary({ report, locale, t }: { report: ReportV1; locale: Locale; t: T }) {
  const site = report.page.site
  return (
    <section aria-labelledby="desk-summary">
      <h3 id="desk-summary">{t("section-summary")}</h3>
      <dl class="facts">
        <dt>{t("site")}</dt>
        <dd>{site ? `${site.name[locale]} (${site.id})` : t("site-unknown")}</dd>
        <dt>{t("page-address")}</dt>
        <dd class="mono">{`${report.page.origin}${report.page.path}`}</dd>
        <dt>{t("report-created")}</dt>
        <dd>{formatReportTime(report.createdAt)}</dd>
        {report.portalTime && (
          <>
            <dt>{t("portal-time")}</dt>
            <dd>{`${report.portalTime.localTime} (${report.portalTime.timeZone})`}</dd>
          </>
        )}
        <dt>{t("applicant-language")}</dt>
        <dd>{t(report.locale === "zh-CN" ? "lang-zh-CN" : "lang-en")}</dd>
      </dl>
    </section>
  )
}

function Stepper({ report, locale, t }: { report: ReportV1; locale: Locale; t: T }) {
  const { step } = report.page
  return (
    <section aria-labelledby="desk-step">
      <h3 id="desk-step">{t("section-step")}</h3>
      <ol class="stepper">
        {FLOW_STEPS.map((id) => {
          const current = id === step.id
          return (
            <li key={id} class={current ? "current" : undefined} aria-current={current ? "step" : undefined}>
              {stepLabel(id, locale)}
              {current && <span class="visually-hidden"> {t("step-current")}</span>}
            </li>
          )
        })}
      </ol>
      {step.id === "unknown" && <p>{t("step-unknown-note")}</p>}
      <p class="muted">
        {t("step-confidence", { percent: percent(step.confidence) })}
        {step.evidence.length > 0 && ` · ${t("step-evidence", { evidence: step.evidence.map((note) => describeStepNote(note, (word, params) => t(`step-note-${word}`, params))).join("; ") })}`}
      </p>
    </section>
  )
}

function Errors({ report, t }: { report: ReportV1; t: T }) {
  return (
    <section aria-labelledby="desk-errors">
      <h3 id="desk-errors">{t("section-errors")}</h3>
      {report.errors.length === 0 ? (
        <p class="muted">{t("no-errors")}</p>
      ) : (
        <ul class="errors">
          {report.errors.map((error, index) => (
            <li key={index}>
              <blockquote class="quoted">{error.text}</blockquote>
              <p class="muted">
                {[
                  error.code ? t("error-code", { code: error.code }) : null,
                  t("error-source", { source: error.source }),
                  t("error-seen", { first: formatReportTime(error.firstSeen), last: formatReportTime(error.lastSeen) })
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Environment({ report, t }: { report: ReportV1; t: T }) {
  const env = report.environment
  const rows: [string, string][] = []
  const flag = (value: boolean | null | undefined, on: string, off: string) => (value == null ? t("unknown") : value ? on : off)
  if (env.browser) rows.push([t("env-browser"), `${browserDisplayName(env.browser.name)} ${env.browser.version} (${env.browser.engine})`])
  if (env.os) rows.push([t("env-os"), `${env.os.name} ${env.os.version}`.trim()])
  if (env.device) rows.push([t("env-device"), t(`device-${env.device}`)])
  if (env.languages) rows.push([t("env-languages"), env.languages.join(", ")])
  if (env.timeZone || env.utcOffsetMinutes !== undefined) {
    const offset = env.utcOffsetMinutes !== undefined ? t("utc-offset", { offset: formatUtcOffset(env.utcOffsetMinutes) }) : ""
    rows.push([t("env-time-zone"), [env.timeZone, offset].filter(Boolean).join(" · ")])
  }
  if (env.clockSkewSeconds !== undefined) {
    rows.push([t("env-clock-skew"), env.clockSkewSeconds === null ? t("skew-none") : t("skew-seconds", { seconds: env.clockSkewSeconds > 0 ? `+${env.clockSkewSeconds}` : env.clockSkewSeconds })])
  }
  if (env.cookiesEnabled !== undefined) rows.push([t("env-cookies"), flag(env.cookiesEnabled, t("enabled"), t("disabled"))])
  if (env.thirdPartyCookiesBlocked !== undefined) rows.push([t("env-third-party-cookies"), flag(env.thirdPartyCookiesBlocked, t("blocked"), t("not-blocked"))])
  if (env.online !== undefined) rows.push([t("env-online"), flag(env.online, t("online"), t("offline"))])
  if (env.connection) {
    const c = env.connection
    rows.push([t("env-connection"), [c.effectiveType, c.downlinkMbps !== undefined ? `${c.downlinkMbps} Mbps` : null, c.rttMs !== undefined ? `RTT ${c.rttMs} ms` : null, c.saveData ? "save-data" : null].filter(Boolean).join(" · ")])
  }
  if (env.viewport) {
    const v = env.viewport
    rows.push([t("env-viewport"), `${v.width}×${v.height} @${v.devicePixelRatio}x${v.zoomPercent ? ` · ${v.zoomPercent}%` : ""}`])
  }
  if (env.pageErrors) rows.push([t("env-page-errors"), [t("page-errors-count", { count: env.pageErrors.count }), ...env.pageErrors.messages].join(" · ")])
  if (env.extensionVersion) rows.push([t("env-extension"), env.extensionVersion])
  return (
    <section aria-labelledby="desk-environment">
      <h3 id="desk-environment">{t("section-environment")}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t("env-missing")}</p>
      ) : (
        <dl class="facts">
          {rows.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  )
}

function Network({ report, t }: { report: ReportV1; t: T }) {
  return (
    <section aria-labelledby="desk-network">
      <h3 id="desk-network">{t("section-network")}</h3>
      {report.network.length === 0 ? (
        <p class="muted">{t("no-network")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("net-kind")}</th>
              <th scope="col">{t("net-status")}</th>
              <th scope="col">{t("net-address")}</th>
              <th scope="col">{t("net-time")}</th>
            </tr>
          </thead>
          <tbody>
            {report.network.map((event, index) => (
              <tr key={index}>
                <td>{t(`net-kind-${event.kind}`)}</td>
                <td class="mono">{[event.status, event.error].filter((x) => x !== undefined).join(" ")}</td>
                <td class="mono">{`${event.origin}${event.path}`}</td>
                <td>{formatReportTime(event.time)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Causes({ report, locale, knowledge, t }: { report: ReportV1; locale: Locale; knowledge: DeskKnowledge; t: T }) {
  return (
    <section aria-labelledby="desk-causes">
      <h3 id="desk-causes">{t("section-causes")}</h3>
      {report.diagnosis.length === 0 ? (
        <p class="muted">{t("no-causes")}</p>
      ) : (
        <ol class="causes">
          {report.diagnosis.map((item) => {
            const technical = knowledge.causeTechnical(item.cause, locale)
            const explanation = knowledge.causeExplanation(item.cause, locale)
            return (
              <li key={item.cause}>
                <h4>
                  {causeTitleOrId(knowledge, item.cause, locale)} <span class="badge">{t("cause-confidence", { percent: percent(item.confidence) })}</span>
                </h4>
                <p class="muted mono">
                  {item.cause} · {t("cause-category", { category: item.category })}
                </p>
                {explanation && <p>{explanation}</p>}
                {technical && <p class="technical">{technical}</p>}
                {item.evidence.length > 0 && (
                  <>
                    <h5>{t("cause-evidence")}</h5>
                    <ul>
                      {item.evidence.map((note, index) => (
                        <li key={index}>{knowledge.describeEvidence(note, locale)}</li>
                      ))}
                    </ul>
                  </>
                )}
                {item.fixes.length > 0 && (
                  <>
                    <h5>{t("cause-fixes")}</h5>
                    <ul>
                      {item.fixes.map((fix) => (
                        <li key={fix}>{fixTitleOrId(knowledge, fix, locale)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

function Tried({ report, locale, knowledge, t }: { report: ReportV1; locale: Locale; knowledge: DeskKnowledge; t: T }) {
  return (
    <section aria-labelledby="desk-tried">
      <h3 id="desk-tried">{t("section-tried")}</h3>
      {report.tried.length === 0 ? (
        <p class="muted">{t("no-tried")}</p>
      ) : (
        <ul>
          {report.tried.map((entry, index) => (
            <li key={index}>
              {fixTitleOrId(knowledge, entry.fix, locale)} — {t(`tried-${entry.outcome}`)}
              {entry.at && <span class="muted"> ({formatReportTime(entry.at)})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Answers({ report, locale, t }: { report: ReportV1; locale: Locale; t: T }) {
  const entries = Object.entries(report.answers).filter(([, value]) => value !== undefined) as [keyof ReportV1["answers"], string | boolean][]
  const show = (key: keyof ReportV1["answers"], value: string | boolean): string => {
    if (value === true) return t("yes")
    if (value === false) return t("no")
    if (key === "paymentMethod" && isPaymentMethodId(value)) return PAYMENT_METHODS[value][locale]
    if (key === "cardType") return t(`card-${value as "credit" | "debit" | "prepaid" | "unknown"}`)
    if (key === "codeReceived") return t(value === "yes" ? "yes" : value === "no" ? "no" : "not-asked")
    if (key === "device") return t(value === "computer" ? "device-desktop" : value === "phone" ? "device-mobile" : "device-tablet")
    return value
  }
  return (
    <section aria-labelledby="desk-answers">
      <h3 id="desk-answers">{t("section-answers")}</h3>
      {entries.length === 0 ? (
        <p class="muted">{t("no-answers")}</p>
      ) : (
        <dl class="facts">
          {entries.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{t(`answer-${key}`)}</dt>
              <dd>{show(key, value)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  )
}
