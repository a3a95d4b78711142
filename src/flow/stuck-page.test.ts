import { describe, expect, it } from "vitest"

import { nextStuckCheckIn, trackProcessing } from "./stuck-page"

describe("a page stuck on 'processing'", () => {
  const t0 = Date.parse("2026-11-27T10:00:00Z")
  it("starts the clock when processing appears and counts whole minutes", () => {
    expect(trackProcessing(null, true, t0)).toEqual({ since: t0, stuckSeconds: undefined })
    expect(trackProcessing(t0, true, t0 + 59_000).stuckSeconds).toBeUndefined()
    expect(trackProcessing(t0, true, t0 + 61_000).stuckSeconds).toBe(60)
    expect(trackProcessing(t0, true, t0 + 185_000).stuckSeconds).toBe(180)
  })
  it("stops the clock when the page moves on", () => {
    expect(trackProcessing(t0, false, t0 + 300_000)).toEqual({ since: null, stuckSeconds: undefined })
  })
  it("checks again just after each whole minute", () => {
    expect(nextStuckCheckIn(t0, t0)).toBe(60_250)
    expect(nextStuckCheckIn(t0, t0 + 61_000)).toBe(59_250)
  })
})
