import type { Locale } from "~src/i18n/locale"

/**
 * Clock times for the panel. `timeZone` undefined means the applicant's own zone; the
 * controller passes the environment's zone so the panel and the report agree.
 */
export function formatClock(instant: Date, locale: Locale, timeZone?: string): string {
  return safeFormat(instant, locale, "clock", timeZone)
}

/** Weekday + clock, for times that may be on another day ("Sat 01:00"). */
export function formatDayAndClock(instant: Date, locale: Locale, timeZone?: string): string {
  return safeFormat(instant, locale, "dayAndClock", timeZone)
}

/** The zone's everyday name in the reader's language ("印度标准时间", "India Standard Time"). */
export function timeZoneLabel(instant: Date, locale: Locale, timeZone: string): string {
  try {
    const parts = formatter(locale, "zoneName", timeZone).formatToParts(instant)
    for (const { type, value } of parts) if (type === "timeZoneName") return value
    return timeZone
  } catch {
    return timeZone
  }
}

const SHAPES = {
  clock: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  dayAndClock: { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  zoneName: { timeZoneName: "long" }
} satisfies Record<string, Intl.DateTimeFormatOptions>

type Shape = keyof typeof SHAPES

/**
 * Building an Intl.DateTimeFormat loads locale and zone data and is the slow part (about a
 * fifth of the panel's render when an error arrives, measured: bench/README.md); formatting
 * with one is cheap. The panel draws the same few shapes in two or three zones, so each
 * formatter is built once per frame's life. A zone the runtime rejects throws here and is not
 * kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, shape: Shape, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${shape}|${timeZone ?? ""}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...SHAPES[shape], timeZone })
    formatters.set(key, cached)
  }
  return cached
}

function safeFormat(instant: Date, locale: Locale, shape: Shape, timeZone: string | undefined): string {
  try {
    return formatter(locale, shape, timeZone).format(instant)
  } catch {
    // An unknown zone from data must not break the panel: fall back to the local clock.
    return formatter(locale, shape, undefined).format(instant)
  }
}
