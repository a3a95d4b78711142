import { dateTimeFormat } from "~src/i18n/date-time-format"
import type { Locale } from "~src/i18n/locale"

/**
 * Clock times for the panel. `timeZone` undefined means the applicant's own zone; the
 * controller passes the environment's zone so the panel and the report agree.
 */
export function formatClock(instant: Date, locale: Locale, timeZone?: string): string {
  return safeFormat(instant, locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, timeZone)
}

/** Weekday + clock, for times that may be on another day ("Sat 01:00"). */
export function formatDayAndClock(instant: Date, locale: Locale, timeZone?: string): string {
  return safeFormat(instant, locale, { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, timeZone)
}

/** The zone's everyday name in the reader's language ("印度标准时间", "India Standard Time"). */
export function timeZoneLabel(instant: Date, locale: Locale, timeZone: string): string {
  try {
    const parts = dateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(instant)
    for (const { type, value } of parts) if (type === "timeZoneName") return value
    return timeZone
  } catch {
    return timeZone
  }
}

function safeFormat(instant: Date, locale: Locale, options: Intl.DateTimeFormatOptions, timeZone: string | undefined): string {
  try {
    return dateTimeFormat(locale, { ...options, timeZone }).format(instant)
  } catch {
    // An unknown zone from data must not break the panel: fall back to the local clock.
    return dateTimeFormat(locale, options).format(instant)
  }
}
