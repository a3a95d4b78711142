import { CARD_BRANDS, type PaymentMethodId } from "~src/flow/payment-methods"
import { dateTimeFormat } from "~src/i18n/date-time-format"
import type { MaintenanceWindow, SiteProfile } from "~src/sites/profile"
import type { SignalRule } from "./cause"
import type { Evidence, EvidenceNote } from "./types"

/**
 * Facts other than error text that point at causes: the browser, the network log, the
 * applicant's answers, the time, earlier attempts. Each signal reads the evidence and returns
 * the note that explains it, or null. Causes refer to signals by id (cause.ts SignalRule).
 */
export const SIGNAL_IDS = [
  "browser-too-old",
  "cookies-off",
  "third-party-cookies-at-verification",
  "offline",
  "clock-skew",
  "slow-connection",
  "blocked-by-client",
  "server-error",
  "forbidden",
  "dns-failure",
  "timeout",
  "connection-failed",
  "certificate-error",
  "method-not-accepted",
  "card-type",
  "virtual-phone",
  "phone-differs",
  "code-not-received",
  "maintenance-window",
  "repeated-failures",
  "earlier-unknown-outcome",
  "page-stuck",
  "declined-before"
] as const
export type SignalId = (typeof SIGNAL_IDS)[number]

export interface SignalContext {
  evidence: Evidence
  profile: SiteProfile | null
}

/**
 * Minimum browser majors assumed when the site profile says nothing. Our own conservative
 * floor (roughly three years old), not a portal's statement: payment pages and bank
 * verification pages routinely drop older engines.
 */
export const DEFAULT_BROWSER_MINIMUM: Record<"chrome" | "edge" | "firefox" | "safari", number> = {
  chrome: 109,
  edge: 109,
  firefox: 115,
  safari: 15
}

/** A decline that gives no reason, in the words gateways and banks use. */
const BARE_DECLINE = /declin|refus|reject|not (been )?(authori[sz]ed|approved|honou?red)|do not honou?r|拒绝|被拒|拒付|交易失败|支付失败|未获授权|未獲授權|rechaz|reddedil|từ chối/i

/** Earlier declines on the same site this recent count as "declined again". */
export const DECLINED_BEFORE_WINDOW_MS = 24 * 60 * 60 * 1000

/** A "processing" page this long without a result is stuck (seed 2.3: 页面卡住). */
export const STUCK_AFTER_SECONDS = 60

/** Clock difference that breaks secure connections and time-based codes. */
export const CLOCK_SKEW_LIMIT_SECONDS = 5 * 60
/** "Third failure in 10 minutes" triggers the too-many-attempts guard. */
export const RAPID_FAILURE_WINDOW_MS = 10 * 60 * 1000
export const RAPID_FAILURE_COUNT = 3

type Probe = (context: SignalContext, rule: SignalRule) => EvidenceNote | null

const note = (kind: EvidenceNote["kind"], id: string, params?: EvidenceNote["params"]): EvidenceNote =>
  params ? { kind, id, params } : { kind, id }

function browserKey(name: string): "chrome" | "edge" | "firefox" | "safari" | "ie" | null {
  const lower = name.toLowerCase()
  if (/internet explorer|^ie$|msie/.test(lower)) return "ie"
  if (lower.includes("edge")) return "edge"
  if (lower.includes("firefox")) return "firefox"
  if (lower.includes("safari") && !lower.includes("chrome")) return "safari"
  if (lower.includes("chrome") || lower.includes("chromium")) return "chrome"
  return null
}

function firstNetworkEvent(context: SignalContext, kind: string, test?: (status: number) => boolean) {
  return (context.evidence.network ?? []).find((event) => event.kind === kind && (!test || (event.status !== undefined && test(event.status))))
}

/** Minutes since local midnight and weekday of an instant in a time zone. */
function zonedClock(instant: Date, timeZone: string): { minutes: number; weekday: number } | null {
  try {
    const parts = dateTimeFormat("en-US", { timeZone, hour12: false, weekday: "short", hour: "2-digit", minute: "2-digit" }).formatToParts(instant)
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"))
    const hour = Number(get("hour")) % 24
    const minute = Number(get("minute"))
    if (weekday < 0 || Number.isNaN(hour) || Number.isNaN(minute)) return null
    return { minutes: hour * 60 + minute, weekday }
  } catch {
    return null
  }
}

const toMinutes = (hhmm: string) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/** True when `instant` falls inside the window (which may cross midnight). */
export function insideMaintenanceWindow(instant: Date, window: MaintenanceWindow): boolean {
  const clock = zonedClock(instant, window.timeZone)
  const start = toMinutes(window.start)
  const end = toMinutes(window.end)
  if (!clock || start === null || end === null) return false
  const crossesMidnight = end < start
  const inside = crossesMidnight ? clock.minutes >= start || clock.minutes < end : clock.minutes >= start && clock.minutes < end
  if (!inside) return false
  if (!window.days?.length) return true
  // After midnight the window belongs to the day it started on.
  const startDay = crossesMidnight && clock.minutes < end ? (clock.weekday + 6) % 7 : clock.weekday
  return window.days.includes(startDay)
}

function methodNotAccepted(context: SignalContext, rule: SignalRule): EvidenceNote | null {
  const method = context.evidence.answers?.paymentMethod
  const payment = context.profile?.payment
  if (!method || !payment) return null
  if (rule.method && rule.method !== method) return null
  const refused = payment.notAccepted?.includes(method) || (!payment.accepted.includes(method) && isListedKind(method, payment.accepted))
  return refused ? note("answer", "method-not-accepted", { method }) : null
}

/** A card brand is judged against the accepted card brands; a wallet against accepted wallets. */
function isListedKind(method: PaymentMethodId, accepted: PaymentMethodId[]): boolean {
  const isCard = (m: PaymentMethodId) => (CARD_BRANDS as readonly string[]).includes(m)
  return accepted.some((m) => isCard(m) === isCard(method))
}

const PROBES: Record<SignalId, Probe> = {
  "browser-too-old": ({ evidence, profile }) => {
    const browser = evidence.environment?.browser
    if (!browser) return null
    const key = browserKey(browser.name)
    if (key === "ie") return note("environment", "browser-retired", { browser: browser.name })
    if (!key || browser.major === null || browser.major === undefined) return null
    const minimum = profile?.browsers?.minimum?.[key] ?? DEFAULT_BROWSER_MINIMUM[key]
    return browser.major < minimum ? note("environment", "browser-too-old", { browser: browser.name, version: browser.version, minimum }) : null
  },
  "cookies-off": ({ evidence }) => (evidence.environment?.cookiesEnabled === false ? note("environment", "cookies-off") : null),
  "third-party-cookies-at-verification": ({ evidence }) => {
    const atVerification = evidence.page.step === "verification" || evidence.page.signals?.threeDSFrame === true
    return evidence.environment?.thirdPartyCookiesBlocked === true && atVerification ? note("environment", "third-party-cookies-blocked") : null
  },
  offline: ({ evidence }) => (evidence.environment?.online === false ? note("environment", "offline") : null),
  "clock-skew": ({ evidence }) => {
    const skew = evidence.environment?.clockSkewSeconds
    if (skew === null || skew === undefined || Math.abs(skew) <= CLOCK_SKEW_LIMIT_SECONDS) return null
    return note("environment", skew > 0 ? "clock-ahead" : "clock-behind", { minutes: Math.round(Math.abs(skew) / 60) })
  },
  "slow-connection": ({ evidence }) => {
    const connection = evidence.environment?.connection
    if (!connection) return null
    const slow = connection.effectiveType === "slow-2g" || connection.effectiveType === "2g" || (connection.rttMs ?? 0) >= 1500
    return slow ? note("environment", "slow-connection") : null
  },
  "blocked-by-client": (context) => {
    const event = firstNetworkEvent(context, "blocked-by-client")
    return event ? note("network", "blocked-by-client", { origin: event.origin }) : null
  },
  "server-error": (context) => {
    const event = firstNetworkEvent(context, "http", (status) => status >= 500)
    return event ? note("network", "server-error", { origin: event.origin, status: event.status ?? 500 }) : null
  },
  forbidden: (context) => {
    const event = firstNetworkEvent(context, "http", (status) => status === 403)
    return event ? note("network", "forbidden", { origin: event.origin }) : null
  },
  "dns-failure": (context) => {
    const event = firstNetworkEvent(context, "dns")
    return event ? note("network", "dns-failure", { origin: event.origin }) : null
  },
  timeout: (context) => {
    const event = firstNetworkEvent(context, "timeout")
    return event ? note("network", "timeout", { origin: event.origin }) : null
  },
  "connection-failed": (context) => {
    const event = firstNetworkEvent(context, "connection")
    return event ? note("network", "connection-failed", { origin: event.origin }) : null
  },
  "certificate-error": (context) => {
    const event = firstNetworkEvent(context, "certificate")
    return event ? note("network", "certificate-error", { origin: event.origin }) : null
  },
  "method-not-accepted": methodNotAccepted,
  "card-type": ({ evidence }, rule) =>
    rule.cardType && evidence.answers?.cardType === rule.cardType ? note("answer", `card-type-${rule.cardType}`) : null,
  "virtual-phone": ({ evidence }) => (evidence.answers?.virtualPhone === true ? note("answer", "virtual-phone") : null),
  "phone-differs": ({ evidence }) => (evidence.answers?.phoneDiffersFromBank === true ? note("answer", "phone-differs") : null),
  "code-not-received": ({ evidence }) => (evidence.answers?.codeReceived === "no" ? note("answer", "code-not-received") : null),
  "maintenance-window": ({ evidence, profile }) => {
    if (!evidence.now || !profile?.maintenance?.length) return null
    const instant = new Date(evidence.now)
    if (Number.isNaN(instant.getTime())) return null
    const window = profile.maintenance.find((w) => insideMaintenanceWindow(instant, w))
    return window ? note("time", "maintenance-window", { start: window.start, end: window.end, timeZone: window.timeZone }) : null
  },
  "page-stuck": ({ evidence }) => {
    const seconds = evidence.page.signals?.stuckSeconds
    return typeof seconds === "number" && seconds >= STUCK_AFTER_SECONDS ? note("step", "page-stuck", { minutes: Math.max(1, Math.round(seconds / 60)) }) : null
  },
  "repeated-failures": ({ evidence }) => {
    if (!evidence.now || !evidence.attempts?.length) return null
    const now = new Date(evidence.now).getTime()
    if (Number.isNaN(now)) return null
    const recent = evidence.attempts.filter((a) => {
      const t = new Date(a.time).getTime()
      return a.outcome === "failed" && t <= now && now - t <= RAPID_FAILURE_WINDOW_MS
    }).length
    // The error on screen is itself a failure not yet in the attempt log.
    const count = recent + (evidence.errors.length > 0 ? 1 : 0)
    return count >= RAPID_FAILURE_COUNT ? note("attempts", "repeated-failures", { count }) : null
  },
  "declined-before": ({ evidence, profile }) => {
    // Seed case 5.1 (小赵): declined again and again, no reason given, on a portal abroad —
    // with a card from another country the usual reason is that overseas payments are off.
    if (!evidence.now || !evidence.attempts?.length) return null
    if (!evidence.errors.some((e) => BARE_DECLINE.test(e.text) || e.code === "05")) return null
    const issuer = evidence.answers?.issuerCountry
    if (issuer && profile?.country && issuer.toUpperCase() === profile.country.toUpperCase()) return null
    const now = new Date(evidence.now).getTime()
    if (Number.isNaN(now)) return null
    const count = evidence.attempts.filter((a) => {
      const t = new Date(a.time).getTime()
      return a.outcome === "failed" && a.siteId === evidence.page.siteId && t <= now && now - t <= DECLINED_BEFORE_WINDOW_MS
    }).length
    return count >= 1 ? note("attempts", "declined-before", { count }) : null
  },
  "earlier-unknown-outcome": ({ evidence }) => {
    if (evidence.answers?.chargedWithoutReceipt === true) return note("answer", "charged-without-receipt")
    const now = evidence.now ? new Date(evidence.now).getTime() : Number.POSITIVE_INFINITY
    const unknown = (evidence.attempts ?? []).some((a) => a.outcome === "unknown" && new Date(a.time).getTime() <= now)
    return unknown ? note("attempts", "earlier-unknown-outcome") : null
  }
}

export function probeSignal(context: SignalContext, rule: SignalRule): EvidenceNote | null {
  return PROBES[rule.signal](context, rule)
}
