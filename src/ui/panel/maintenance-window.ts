import type { MaintenanceWindow } from "~src/sites/profile"

import { addDays, isKnownTimeZone, parseClock, zonedParts, zonedWallTimeToInstant } from "./zoned-time"

/** One concrete occurrence of a recurring maintenance window. */
export interface WindowOccurrence {
  window: MaintenanceWindow
  start: Date
  end: Date
}

export interface MaintenanceStatus {
  /** The window the portal is in right now, if any. */
  current: WindowOccurrence | null
  /** The next window to start after `now` (within a week). */
  next: WindowOccurrence | null
}

/**
 * Occurrences of one window that could touch [now − 1 day, now + 7 days]. `days` name the
 * day the window starts on; a window whose end is not after its start crosses midnight
 * (equal start and end means a whole day).
 */
function occurrencesAround(window: MaintenanceWindow, now: Date): WindowOccurrence[] {
  const startMinutes = parseClock(window.start)
  const endMinutes = parseClock(window.end)
  if (startMinutes === null || endMinutes === null || !isKnownTimeZone(window.timeZone)) return []
  const today = zonedParts(now, window.timeZone)
  const crossesMidnight = endMinutes <= startMinutes
  const found: WindowOccurrence[] = []
  for (let offset = -1; offset <= 7; offset++) {
    const date = addDays(today, offset)
    if (window.days && window.days.length > 0 && !window.days.includes(date.weekday)) continue
    const start = zonedWallTimeToInstant(date, startMinutes, window.timeZone)
    const end = zonedWallTimeToInstant(crossesMidnight ? addDays(date, 1) : date, endMinutes, window.timeZone)
    found.push({ window, start, end })
  }
  return found
}

/** Is the portal inside a maintenance window now, and when is the next one? Pure. */
export function maintenanceStatus(windows: readonly MaintenanceWindow[] | undefined, now: Date): MaintenanceStatus {
  let current: WindowOccurrence | null = null
  let next: WindowOccurrence | null = null
  const at = now.getTime()
  for (const window of windows ?? []) {
    for (const occurrence of occurrencesAround(window, now)) {
      const start = occurrence.start.getTime()
      const end = occurrence.end.getTime()
      if (start <= at && at < end) {
        if (!current || end > current.end.getTime()) current = occurrence
      } else if (start > at) {
        if (!next || start < next.start.getTime()) next = occurrence
      }
    }
  }
  return { current, next }
}

/** True when `now` falls inside any of the windows. */
export function isInMaintenance(windows: readonly MaintenanceWindow[] | undefined, now: Date): boolean {
  return maintenanceStatus(windows, now).current !== null
}
