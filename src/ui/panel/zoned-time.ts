import { dateTimeFormat } from "~src/i18n/date-time-format"

/**
 * Wall-clock time in an IANA time zone, from Intl alone (no date library in the overlay
 * bundle). Used by the portal clock and the maintenance windows.
 */
export interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  /** 0 = Sunday, as MaintenanceWindow.days counts them. */
  weekday: number
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    weekday: "short"
  })
}

/** True when the runtime knows this IANA zone (profiles are data and may carry a typo). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {}
  for (const { type, value } of partsFormatter(timeZone).formatToParts(instant)) parts[type] = value
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines print midnight as "24" even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? "")
  }
}

/** Minutes the zone is ahead of UTC at that instant. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  const truncated = Math.floor(instant.getTime() / 60_000) * 60_000
  return Math.round((asUtc - truncated) / 60_000)
}

/**
 * The instant at which the zone's clock shows the given wall time. Two passes settle the
 * offset around DST changes; a wall time skipped by a DST jump lands just after the jump.
 */
export function zonedWallTimeToInstant(
  date: { year: number; month: number; day: number },
  minutesOfDay: number,
  timeZone: string
): Date {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutesOfDay)
  let guess = wallAsUtc - zoneOffsetMinutes(new Date(wallAsUtc), timeZone) * 60_000
  guess = wallAsUtc - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000
  return new Date(guess)
}

/** The calendar date `days` after the given one (pure calendar arithmetic). */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday: shifted.getUTCDay() }
}

/** "HH:MM" → minutes after midnight, or null when malformed. */
export function parseClock(text: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim())
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}
