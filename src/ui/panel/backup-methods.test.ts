import { describe, expect, it } from "vitest"

import { backupMethods } from "./backup-methods"

const AUSTRALIA = { accepted: ["visa", "mastercard", "unionpay", "paypal"] as const, currency: "AUD" }
const ACCEPTED = { ...AUSTRALIA, accepted: [...AUSTRALIA.accepted] }

describe("backupMethods", () => {
  it("names the portal's non-card methods when the bank refused the card", () => {
    expect(backupMethods("bank-restriction", ACCEPTED, "visa")).toEqual(["paypal"])
    expect(backupMethods("generic-decline", ACCEPTED)).toEqual(["paypal"])
  })

  it("leaves out the method already in use", () => {
    expect(backupMethods("verification-failed", { accepted: ["visa", "paypal", "alipay"] }, "paypal")).toEqual(["alipay"])
  })

  it("says nothing when the card was not the problem or the portal takes cards only", () => {
    expect(backupMethods("browser-problem", ACCEPTED, "visa")).toEqual([])
    expect(backupMethods("method-not-accepted", ACCEPTED, "visa")).toEqual([])
    expect(backupMethods("bank-restriction", { accepted: ["visa", "mastercard"] }, "visa")).toEqual([])
    expect(backupMethods("bank-restriction", undefined, "visa")).toEqual([])
    expect(backupMethods(undefined, ACCEPTED)).toEqual([])
  })
})
