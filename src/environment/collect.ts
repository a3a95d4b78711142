import { dateTimeFormat } from "~src/i18n/date-time-format"
import { redactCaptured } from "~src/page/redact-captured"

import { parseUserAgent, type UserAgentHints } from "./parse-user-agent"
import type { EnvironmentFacts } from "./types"

/**
 * Browser, OS, language, time and network facts, from plain data (so tests and the
 * workbench can feed any browser). src/environment/from-window.ts fills it in a browser.
 */
export interface EnvironmentInput {
  userAgent: string
  uaHints?: UserAgentHints | null
  languages: readonly string[]
  /** IANA zone the browser reports, e.g. "Asia/Shanghai". */
  timeZone: string
  now: Date
  /** Date#getTimezoneOffset() at `now`, used if the zone name cannot be resolved. */
  timezoneOffset?: number
  cookieEnabled: boolean
  onLine: boolean
  connection?: { effectiveType?: string; downlink?: number; rtt?: number; saveData?: boolean } | null
  viewport: { width: number; height: number }
  devicePixelRatio: number
  outerWidth?: number
  innerWidth?: number
  pageErrors?: { count: number; messages: readonly string[] }
  clockSkewSeconds?: number | null
  extensionVersion: string
  thirdPartyCookiesBlocked?: boolean | null
}

const MAX_LANGUAGES = 10
const MAX_PAGE_ERRORS = 10
const MAX_PAGE_ERROR_LENGTH = 300

/** Browser zoom levels; a measured ratio close to one of them is that level. */
const ZOOM_LEVELS = [25, 33, 50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400, 500]

/**
 * Page zoom from outer/inner window width. The window frame adds a few pixels, so the ratio
 * is snapped to the nearest browser zoom level; anything far from every level (a docked
 * developer panel, a side bar) is reported as unknown.
 */
export function estimateZoomPercent(outerWidth: number | undefined, innerWidth: number | undefined): number | null {
  if (!outerWidth || !innerWidth || outerWidth <= 0 || innerWidth <= 0) return null
  const measured = (outerWidth / innerWidth) * 100
  const nearest = ZOOM_LEVELS.reduce((best, level) => (Math.abs(level - measured) < Math.abs(best - measured) ? level : best))
  return Math.abs(nearest - measured) / nearest <= 0.04 ? nearest : null
}

/** Minutes east of UTC in `timeZone` at `now` (+480 for Asia/Shanghai). */
export function utcOffsetMinutes(timeZone: string, now: Date, fallbackTimezoneOffset?: number): number {
  try {
    const name = dateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(now)
      .find((p) => p.type === "timeZoneName")?.value
    const match = /GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name ?? "")
    if (match) {
      if (!match[1]) return 0
      const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
      return match[1] === "-" ? -minutes : minutes
    }
  } catch {
    // Unknown zone name: fall through.
  }
  return fallbackTimezoneOffset !== undefined ? -fallbackTimezoneOffset : 0
}

/** ISO 8601 local time with its offset, seconds precision: "2025-03-12T22:05:09+08:00". */
export function localIsoTime(now: Date, offsetMinutes: number): string {
  const shifted = new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19)
  const sign = offsetMinutes < 0 ? "-" : "+"
  const abs = Math.abs(offsetMinutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, "0")
  const mm = String(abs % 60).padStart(2, "0")
  return `${shifted}${sign}${hh}:${mm}`
}

function finiteOrUndefined(n: number | undefined): number | undefined {
  return typeof n === "number" && Number.isFinite(n) ? n : undefined
}

export function collectEnvironment(input: EnvironmentInput): EnvironmentFacts {
  const { browser, os, device } = parseUserAgent(input.userAgent, input.uaHints)
  const offset = utcOffsetMinutes(input.timeZone, input.now, input.timezoneOffset)
  const connection = input.connection
    ? {
        ...(input.connection.effectiveType ? { effectiveType: input.connection.effectiveType.slice(0, 20) } : {}),
        ...(finiteOrUndefined(input.connection.downlink) !== undefined ? { downlinkMbps: input.connection.downlink } : {}),
        ...(finiteOrUndefined(input.connection.rtt) !== undefined ? { rttMs: input.connection.rtt } : {}),
        ...(typeof input.connection.saveData === "boolean" ? { saveData: input.connection.saveData } : {})
      }
    : null
  const pageErrors = input.pageErrors ?? { count: 0, messages: [] }
  return {
    browser,
    os,
    device,
    languages: input.languages.slice(0, MAX_LANGUAGES).map((l) => l.slice(0, 35)),
    timeZone: (input.timeZone || "UTC").slice(0, 60),
    utcOffsetMinutes: offset,
    localTime: localIsoTime(input.now, offset),
    clockSkewSeconds: input.clockSkewSeconds ?? null,
    cookiesEnabled: input.cookieEnabled,
    thirdPartyCookiesBlocked: input.thirdPartyCookiesBlocked ?? null,
    online: input.onLine,
    connection,
    viewport: {
      width: input.viewport.width,
      height: input.viewport.height,
      devicePixelRatio: input.devicePixelRatio,
      zoomPercent: estimateZoomPercent(input.outerWidth, input.innerWidth)
    },
    pageErrors: {
      count: Math.max(pageErrors.count, pageErrors.messages.length),
      // Page error messages can quote data the page was handling: redact like page text.
      messages: pageErrors.messages.slice(-MAX_PAGE_ERRORS).map((m) => redactCaptured(String(m)).slice(0, MAX_PAGE_ERROR_LENGTH))
    },
    extensionVersion: input.extensionVersion.slice(0, 30)
  }
}
