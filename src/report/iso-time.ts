import { dateTimeFormat } from "~src/i18n/date-time-format"

/** ISO 8601 time with a UTC offset or Z, as Report v1 stores every time. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

const pad = (n: number) => String(n).padStart(2, "0")

/** "+08:00", "-03:30", "+00:00". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+"
  const abs = Math.abs(offsetMinutes)
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/** The instant as the wall-clock time at `offsetMinutes` east of UTC: 2026-11-27T11:05:00+08:00. */
export function formatIsoWithOffset(date: Date, offsetMinutes: number): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000)
  const wall =
    `${String(shifted.getUTCFullYear()).padStart(4, "0")}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`
  return wall + formatUtcOffset(offsetMinutes)
}

/** Re-expresses an ISO time at the user's offset; null when it is not a readable time. */
export function reexpressIso(value: string, offsetMinutes: number): string | null {
  const ms = Date.parse(value)
  if (!Number.isFinite(ms)) return null
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  if (year < 1000 || year > 9999) return null
  return formatIsoWithOffset(date, offsetMinutes)
}

/** Wall-clock time in an IANA time zone, "2026-11-27 08:35"; null for an unknown zone. */
export function formatInTimeZone(date: Date, timeZone: string): string | null {
  try {
    const parts = dateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23"
    }).formatToParts(date)
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00"
    return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}`
  } catch {
    return null
  }
}
