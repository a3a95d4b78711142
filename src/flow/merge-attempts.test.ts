import { describe, expect, it } from "vitest"

import { mergeAttempts } from "./merge-attempts"

const a = (time: string, outcome: "failed" | "unknown" | "succeeded" = "failed") => ({ time, siteId: "india-evisa", outcome })

describe("mergeAttempts", () => {
  it("keeps each attempt once and orders them by time", () => {
    const stored = [a("2026-11-27T10:00:00.000Z"), a("2026-11-27T10:05:00.000Z")]
    const local = [a("2026-11-27T10:05:00.000Z"), a("2026-11-27T10:09:00.000Z", "unknown")]
    expect(mergeAttempts(stored, local)).toEqual([a("2026-11-27T10:00:00.000Z"), a("2026-11-27T10:05:00.000Z"), a("2026-11-27T10:09:00.000Z", "unknown")])
  })
  it("an attempt only this page knows about still counts", () => {
    expect(mergeAttempts([], [a("2026-11-27T10:09:00.000Z")])).toHaveLength(1)
  })
})
