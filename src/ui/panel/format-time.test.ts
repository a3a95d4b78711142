import { describe, expect, it } from "vitest"

import { formatClock, formatDayAndClock, timeZoneLabel } from "./format-time"

const instant = new Date("2026-12-05T18:45:00Z")

describe("format-time", () => {
  it("formats in the zone asked for, each zone and locale on its own", () => {
    expect(formatClock(instant, "en", "Asia/Kolkata")).toBe("00:15")
    expect(formatClock(instant, "en", "Australia/Sydney")).toBe("05:45")
    expect(formatClock(instant, "zh-CN", "Asia/Kolkata")).toBe("00:15")
    // Asked again after other zones: the kept formatter is the right one.
    expect(formatClock(instant, "en", "Asia/Kolkata")).toBe("00:15")
    expect(formatDayAndClock(instant, "en", "Asia/Kolkata")).toBe("Sun 00:15")
    expect(formatDayAndClock(instant, "en", "America/New_York")).toBe("Sat 13:45")
  })

  it("names the zone in the reader's language", () => {
    expect(timeZoneLabel(instant, "en", "Asia/Kolkata")).toBe("India Standard Time")
    // ICU versions word it differently ("印度时间", "印度标准时间").
    expect(timeZoneLabel(instant, "zh-CN", "Asia/Kolkata")).toMatch(/^印度.*时间$/)
  })

  it("falls back to the local clock, and the zone's id as its name, for a zone the runtime does not know", () => {
    const local = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant)
    expect(formatClock(instant, "en", "Mars/Olympus_Mons")).toBe(local)
    expect(formatClock(instant, "en", "Mars/Olympus_Mons")).toBe(local)
    expect(timeZoneLabel(instant, "en", "Mars/Olympus_Mons")).toBe("Mars/Olympus_Mons")
  })
})
