/** Display helpers for report values; the desk shows times as the applicant's clock showed them. */

/** "2025-03-04T21:10:02+08:00" → "2025-03-04 21:10:02 UTC+08:00" (Z → UTC). */
export function formatReportTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(iso)
  if (!match) return iso
  const [, date, time, zone] = match
  return `${date} ${time} ${zone === "Z" ? "UTC" : `UTC${zone}`}`
}

/** +480 → "+08:00", -210 → "-03:30". */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+"
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`
}

export function percent(confidence: number): number {
  return Math.round(confidence * 100)
}
