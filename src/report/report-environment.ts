import type { EnvironmentFacts } from "~src/environment/types"

import { capText } from "./cap-text"
import { cleanText } from "./clean-text"
import { ISO_WITH_OFFSET } from "./iso-time"
import { REPORT_LIMITS as L } from "./report-limits"
import type { ReportV1 } from "./schema"

type ReportEnvironment = ReportV1["environment"]

const finite = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value)
const str = (value: unknown, max: number) => capText(typeof value === "string" ? value : "", max)
const DEVICES = ["desktop", "mobile", "tablet", "unknown"] as const

/**
 * Copies the environment facts a report may hold, each checked and shortened to the
 * schema's limits. The facts come from our own collector, but a page can influence some
 * of them (error messages, odd user agents), and the report must be valid whatever
 * arrived. Page script errors are redacted like any page text.
 */
export function reportEnvironment(env: Partial<EnvironmentFacts>): ReportEnvironment {
  const out: ReportEnvironment = {}
  if (env.browser) {
    out.browser = {
      name: str(env.browser.name, L.browserName),
      version: str(env.browser.version, L.browserVersion),
      major: Number.isInteger(env.browser.major) ? env.browser.major : null,
      engine: str(env.browser.engine, L.engine)
    }
  }
  if (env.os) out.os = { name: str(env.os.name, L.osName), version: str(env.os.version, L.osVersion) }
  if (env.device !== undefined) out.device = (DEVICES as readonly string[]).includes(env.device) ? env.device : "unknown"
  if (Array.isArray(env.languages)) out.languages = env.languages.slice(0, L.languageCount).map((lang) => str(lang, L.language))
  if (typeof env.timeZone === "string") out.timeZone = str(env.timeZone, L.timeZone)
  const offset = utcOffsetOf(env)
  if (offset !== null) out.utcOffsetMinutes = offset
  if (typeof env.localTime === "string" && ISO_WITH_OFFSET.test(env.localTime)) out.localTime = env.localTime
  if (env.clockSkewSeconds !== undefined) out.clockSkewSeconds = finite(env.clockSkewSeconds) ? env.clockSkewSeconds : null
  if (typeof env.cookiesEnabled === "boolean") out.cookiesEnabled = env.cookiesEnabled
  if (env.thirdPartyCookiesBlocked !== undefined) out.thirdPartyCookiesBlocked = typeof env.thirdPartyCookiesBlocked === "boolean" ? env.thirdPartyCookiesBlocked : null
  if (typeof env.online === "boolean") out.online = env.online
  if (env.connection !== undefined) out.connection = env.connection ? reportConnection(env.connection) : null
  if (env.viewport) {
    const v = env.viewport
    out.viewport = {
      width: finite(v.width) ? v.width : 0,
      height: finite(v.height) ? v.height : 0,
      devicePixelRatio: finite(v.devicePixelRatio) ? v.devicePixelRatio : 1,
      zoomPercent: finite(v.zoomPercent) ? v.zoomPercent : null
    }
  }
  if (env.pageErrors) {
    const count = env.pageErrors.count
    out.pageErrors = {
      count: Number.isInteger(count) && count >= 0 ? count : 0,
      messages: (env.pageErrors.messages ?? []).slice(0, L.pageErrorCount).map((message) => cleanText(message, L.pageErrorMessage))
    }
  }
  if (typeof env.extensionVersion === "string") out.extensionVersion = str(env.extensionVersion, L.extensionVersion)
  return out
}

/** The user's offset from UTC in minutes, if the environment gives a plausible one. */
export function utcOffsetOf(env: Partial<EnvironmentFacts>): number | null {
  const offset = env.utcOffsetMinutes
  return Number.isInteger(offset) && offset !== undefined && offset >= -840 && offset <= 840 ? offset : null
}

function reportConnection(c: NonNullable<EnvironmentFacts["connection"]>): NonNullable<ReportEnvironment["connection"]> {
  const out: NonNullable<ReportEnvironment["connection"]> = {}
  if (typeof c.effectiveType === "string") out.effectiveType = str(c.effectiveType, L.effectiveType)
  if (finite(c.downlinkMbps)) out.downlinkMbps = c.downlinkMbps
  if (finite(c.rttMs)) out.rttMs = c.rttMs
  if (typeof c.saveData === "boolean") out.saveData = c.saveData
  return out
}
