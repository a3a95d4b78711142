import { describe, expect, it } from "vitest"

import { GENERIC_PROFILE } from "./generic"
import { hostMatchesPattern, isValidHostPattern } from "./host-pattern"
import { findProfile, getProfile } from "./index"
import type { SiteProfile } from "./profile"

const make = (id: string, hosts: string[], pathPrefixes?: string[]): SiteProfile => ({
  ...GENERIC_PROFILE,
  id,
  hosts,
  ...(pathPrefixes ? { pathPrefixes } : {})
})

describe("host patterns", () => {
  it.each(["example.gov.in", "*.example.gov.in", "a-b.example.com"])("accepts %s", (p) => expect(isValidHostPattern(p)).toBe(true))
  it.each(["example", "*example.com", "Example.com", "example.com/path", "https://example.com", "*.*.example.com", "example.com:443", ""])(
    "rejects %j",
    (p) => expect(isValidHostPattern(p)).toBe(false)
  )
  it("matches a wildcard's own host and subdomains, not look-alikes", () => {
    expect(hostMatchesPattern("pay.gov", "*.pay.gov")).toBe(true)
    expect(hostMatchesPattern("www.pay.gov", "*.pay.gov")).toBe(true)
    expect(hostMatchesPattern("evilpay.gov", "*.pay.gov")).toBe(false)
    expect(hostMatchesPattern("www.pay.gov", "pay.gov")).toBe(false)
    expect(hostMatchesPattern("PAY.GOV.", "pay.gov")).toBe(true)
  })
})

describe("findProfile", () => {
  const profiles = [
    make("broad", ["*.example.com"]),
    make("pay", ["pay.example.com"]),
    make("deep", ["*.secure.example.com"]),
    make("visa-path", ["portal.example.org"], ["/evisa/"]),
    make("other-path", ["portal.example.org"], ["/other/"])
  ]
  it.each([
    ["https://example.com/", "broad"],
    ["https://www.example.com/x", "broad"],
    ["https://pay.example.com/checkout", "pay"],
    ["https://a.secure.example.com/", "deep"],
    ["https://portal.example.org/eVisa/Registration", "visa-path"],
    ["https://portal.example.org/other/page", "other-path"],
    ["https://portal.example.org/", null],
    ["https://example.net/", null],
    ["chrome://extensions", null],
    ["not a url", null]
  ])("%s → %s", (url, id) => {
    expect(findProfile(url, profiles)?.id ?? null).toBe(id)
  })

  it("finds the real India e-Visa portal only under /evisa/", () => {
    expect(findProfile("https://indianvisaonline.gov.in/evisa/PaymentResponse")?.id).toBe("india-evisa")
    expect(findProfile(new URL("https://indianvisaonline.gov.in/evisa/Registration?x=1"))?.id).toBe("india-evisa")
    expect(findProfile("https://indianvisaonline.gov.in/visa/")).toBeNull()
  })

  it("gets profiles by id, including the generic one", () => {
    expect(getProfile("india-evisa")?.hosts).toEqual(["indianvisaonline.gov.in"])
    expect(getProfile("generic")).toBe(GENERIC_PROFILE)
    expect(getProfile("nope")).toBeNull()
  })
})
