import { describe, expect, it } from "vitest"

import type { MaintenanceWindow } from "~src/sites/profile"

import { isInMaintenance, maintenanceStatus } from "./maintenance-window"

const note = { en: "Nightly maintenance", "zh-CN": "夜间维护" }
// India has no DST: 23:30–01:30 IST crosses midnight; IST = UTC+05:30.
const nightly: MaintenanceWindow = { start: "23:30", end: "01:30", timeZone: "Asia/Kolkata", note }

describe("maintenanceStatus", () => {
  it("is inside a window that crosses midnight, before and after midnight", () => {
    // 23:45 IST on Wed 2026-11-25 = 18:15 UTC
    const beforeMidnight = maintenanceStatus([nightly], new Date("2026-11-25T18:15:00Z"))
    expect(beforeMidnight.current?.start.toISOString()).toBe("2026-11-25T18:00:00.000Z")
    expect(beforeMidnight.current?.end.toISOString()).toBe("2026-11-25T20:00:00.000Z")
    // 01:00 IST on Thu = 19:30 UTC Wed
    const afterMidnight = maintenanceStatus([nightly], new Date("2026-11-25T19:30:00Z"))
    expect(afterMidnight.current?.end.toISOString()).toBe("2026-11-25T20:00:00.000Z")
  })

  it("is outside at the end instant and names the next occurrence", () => {
    const status = maintenanceStatus([nightly], new Date("2026-11-25T20:00:00Z"))
    expect(status.current).toBeNull()
    expect(status.next?.start.toISOString()).toBe("2026-11-26T18:00:00.000Z")
    expect(isInMaintenance([nightly], new Date("2026-11-25T20:00:00Z"))).toBe(false)
  })

  it("respects days of week (the day the window starts on)", () => {
    // Sundays only, 02:00–04:00 Sydney time. 2026-11-29 is a Sunday; Sydney is UTC+11 (DST) then.
    const sunday: MaintenanceWindow = { days: [0], start: "02:00", end: "04:00", timeZone: "Australia/Sydney", note }
    const saturdayNight = new Date("2026-11-28T14:00:00Z") // Sun 01:00 Sydney
    const status = maintenanceStatus([sunday], saturdayNight)
    expect(status.current).toBeNull()
    expect(status.next?.start.toISOString()).toBe("2026-11-28T15:00:00.000Z")
    expect(isInMaintenance([sunday], new Date("2026-11-28T16:30:00Z"))).toBe(true)
    // Monday at 02:30 Sydney is not a window.
    expect(isInMaintenance([sunday], new Date("2026-11-29T15:30:00Z"))).toBe(false)
  })

  it("a window crossing midnight on a listed day still covers the early hours of the next day", () => {
    // Saturday 22:00 → Sunday 02:00 London (UTC+0 in November).
    const saturday: MaintenanceWindow = { days: [6], start: "22:00", end: "02:00", timeZone: "Europe/London", note }
    expect(isInMaintenance([saturday], new Date("2026-11-29T01:00:00Z"))).toBe(true) // Sun 01:00
    expect(isInMaintenance([saturday], new Date("2026-11-30T01:00:00Z"))).toBe(false) // Mon 01:00
  })

  it("follows daylight saving changes of the window's zone", () => {
    const london: MaintenanceWindow = { start: "09:00", end: "10:00", timeZone: "Europe/London", note }
    // Summer: 09:00 BST = 08:00 UTC; winter: 09:00 GMT = 09:00 UTC.
    expect(isInMaintenance([london], new Date("2026-07-01T08:30:00Z"))).toBe(true)
    expect(isInMaintenance([london], new Date("2026-12-01T08:30:00Z"))).toBe(false)
    expect(isInMaintenance([london], new Date("2026-12-01T09:30:00Z"))).toBe(true)
  })

  it("picks the earliest next window among several and ignores malformed ones", () => {
    const early: MaintenanceWindow = { start: "03:00", end: "04:00", timeZone: "UTC", note }
    const late: MaintenanceWindow = { start: "05:00", end: "06:00", timeZone: "UTC", note }
    const broken: MaintenanceWindow = { start: "25:00", end: "x", timeZone: "UTC", note }
    const badZone: MaintenanceWindow = { start: "01:00", end: "02:00", timeZone: "Mars/Olympus", note }
    const status = maintenanceStatus([late, broken, badZone, early], new Date("2026-11-25T00:30:00Z"))
    expect(status.current).toBeNull()
    expect(status.next?.window).toBe(early)
  })

  it("has nothing to say without windows", () => {
    expect(maintenanceStatus(undefined, new Date())).toEqual({ current: null, next: null })
  })
})
