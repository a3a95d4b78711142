import { describe, expect, it } from "vitest"

import { dateTimeFormat } from "./date-time-format"

describe("dateTimeFormat", () => {
  it("keeps one formatter per locale and options", () => {
    const clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Kolkata" } as const
    expect(dateTimeFormat("en", clock)).toBe(dateTimeFormat("en", { ...clock }))
    expect(dateTimeFormat("en", clock)).not.toBe(dateTimeFormat("zh-CN", clock))
    expect(dateTimeFormat("en", clock)).not.toBe(dateTimeFormat("en", { ...clock, timeZone: "Asia/Ho_Chi_Minh" }))
    expect(dateTimeFormat("en", { ...clock, timeZone: "Asia/Ho_Chi_Minh" }).format(new Date("2026-12-05T18:45:00Z"))).toBe("01:45")
  })

  it("throws for options the runtime refuses, as the constructor does, every time", () => {
    expect(() => dateTimeFormat("en", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError)
    expect(() => dateTimeFormat("en", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError)
  })
})
