import { describe, expect, it } from "vitest"

import type { Attempt } from "~src/diagnosis/types"

import { retryGuard } from "./retry-guard"

const site = "india-evisa"
const at = (time: string, outcome: Attempt["outcome"], siteId: string | null = site): Attempt => ({ time, outcome, siteId })
const now = new Date("2026-11-25T10:00:00Z")

describe("retryGuard", () => {
  it("says nothing without failures", () => {
    expect(retryGuard([], site, now).level).toBe("none")
  })

  it("lets a single failure be retried after checking", () => {
    const guard = retryGuard([at("2026-11-25T09:50:00Z", "failed")], site, now)
    expect(guard).toMatchObject({ failures: 1, level: "one-failure", retryAt: null })
  })

  it("pauses after the second failure, until 30 minutes after the last one", () => {
    const attempts = [at("2026-11-25T09:40:00Z", "failed"), at("2026-11-25T09:50:00Z", "failed")]
    const guard = retryGuard(attempts, site, now)
    expect(guard.level).toBe("pause")
    expect(guard.failures).toBe(2)
    expect(guard.retryAt?.toISOString()).toBe("2026-11-25T10:20:00.000Z")
    expect(guard.minutesLeft).toBe(20)
  })

  it("waits an hour after a third failure", () => {
    const attempts = [at("2026-11-25T09:30:00Z", "failed"), at("2026-11-25T09:40:00Z", "failed"), at("2026-11-25T09:50:00Z", "failed")]
    expect(retryGuard(attempts, site, now).retryAt?.toISOString()).toBe("2026-11-25T10:50:00.000Z")
  })

  it("allows a careful retry once the wait is over", () => {
    const attempts = [at("2026-11-25T09:00:00Z", "failed"), at("2026-11-25T09:10:00Z", "failed")]
    expect(retryGuard(attempts, site, now)).toMatchObject({ level: "may-retry", minutesLeft: 0 })
  })

  it("counts only this site, only since the last success, only the last day", () => {
    const attempts = [
      at("2026-11-24T08:00:00Z", "failed"), // older than a day
      at("2026-11-25T09:00:00Z", "failed"),
      at("2026-11-25T09:05:00Z", "succeeded"),
      at("2026-11-25T09:40:00Z", "failed", "uk-eta"),
      at("2026-11-25T09:50:00Z", "failed")
    ]
    expect(retryGuard(attempts, site, now).failures).toBe(1)
  })

  it("does not count unknown outcomes as failures, nor attempts from the future", () => {
    const attempts = [at("2026-11-25T09:40:00Z", "unknown"), at("2026-11-25T09:50:00Z", "failed"), at("2026-11-25T11:00:00Z", "failed")]
    expect(retryGuard(attempts, site, now).failures).toBe(1)
  })

  it("sorts attempts by time whatever order they come in", () => {
    const attempts = [at("2026-11-25T09:50:00Z", "failed"), at("2026-11-25T09:00:00Z", "succeeded"), at("2026-11-25T09:40:00Z", "failed")]
    expect(retryGuard(attempts, site, now).level).toBe("pause")
  })
})
