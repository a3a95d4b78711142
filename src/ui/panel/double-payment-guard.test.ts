import { describe, expect, it } from "vitest"

import type { Attempt } from "~src/diagnosis/types"

import { doublePaymentGuard } from "./double-payment-guard"

const site = "india-evisa"
const now = new Date("2026-11-25T10:00:00Z")
const at = (time: string, outcome: Attempt["outcome"], siteId: string | null = site): Attempt => ({ time, outcome, siteId })

describe("doublePaymentGuard", () => {
  const unknown = [at("2026-11-25T09:30:00Z", "unknown")]

  it("warns on the payment steps after an attempt with an unknown result", () => {
    for (const step of ["payment-method", "card-entry"] as const) {
      const guard = doublePaymentGuard(unknown, site, step, now)
      expect(guard.warn).toBe(true)
      expect(guard.unknownSince?.toISOString()).toBe("2026-11-25T09:30:00.000Z")
    }
  })

  it("stays quiet on other steps", () => {
    for (const step of ["application", "verification", "confirmation", "receipt", "unknown"] as const) {
      expect(doublePaymentGuard(unknown, site, step, now).warn).toBe(false)
    }
  })

  it("stays quiet after plain failures, on other sites, and once a success settled it", () => {
    expect(doublePaymentGuard([at("2026-11-25T09:30:00Z", "failed")], site, "card-entry", now).warn).toBe(false)
    expect(doublePaymentGuard([at("2026-11-25T09:30:00Z", "unknown", "uk-eta")], site, "card-entry", now).warn).toBe(false)
    expect(doublePaymentGuard([...unknown, at("2026-11-25T09:40:00Z", "succeeded")], site, "card-entry", now).warn).toBe(false)
  })

  it("still warns when a new unknown comes after an earlier success", () => {
    const attempts = [at("2026-11-25T09:00:00Z", "succeeded"), at("2026-11-25T09:30:00Z", "unknown")]
    expect(doublePaymentGuard(attempts, site, "payment-method", now).warn).toBe(true)
  })

  it("forgets unknown outcomes older than a week", () => {
    expect(doublePaymentGuard([at("2026-11-10T09:30:00Z", "unknown")], site, "card-entry", now).warn).toBe(false)
  })

  it("warns when the applicant says money left without a receipt", () => {
    const guard = doublePaymentGuard([], site, "payment-method", now, { chargedWithoutReceipt: true })
    expect(guard).toEqual({ warn: true, unknownSince: null, chargedWithoutReceipt: true })
  })
})
