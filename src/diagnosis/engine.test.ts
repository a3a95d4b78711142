import { describe, expect, it } from "vitest"

import type { SiteProfile } from "~src/sites/profile"
import { CAUSES, diagnose, MAX_DIAGNOSES } from "./index"
import type { Evidence } from "./types"

const textEvidence = (...texts: string[]): Evidence => ({ page: { siteId: null, step: "unknown" }, errors: texts.map((text) => ({ text, source: "text" as const })) })

const NON_ERRORS = [
  "Card number",
  "Enter the code we sent to your phone",
  "Payment successful",
  "支付成功",
  "请输入短信验证码",
  "Pay now",
  "Your session will expire in 20 minutes.",
  "We accept Visa, Mastercard and UnionPay.",
  "Limited-time offer: get your visa in 3 days!",
  "Expiry date (MM/YY)"
]

const profile = (over: Partial<SiteProfile>): SiteProfile => ({
  id: "test-portal",
  names: { en: "Test portal", "zh-CN": "测试网站" },
  country: "IN",
  kind: "portal",
  hosts: ["pay.test"],
  languages: ["en"],
  steps: [],
  errorRegions: [],
  sources: [],
  testUrls: [],
  ...over
})

describe("diagnose", () => {
  it("diagnoses the seed's case (bank-restriction first) in both languages", () => {
    expect(diagnose(textEvidence("Your card was declined: international transactions are not enabled"))[0].category).toBe("bank-restriction")
    expect(diagnose(textEvidence("交易失败：您的卡未开通境外支付功能"))[0].category).toBe("bank-restriction")
  })

  it("yields nothing for text that is not an error", () => {
    for (const text of NON_ERRORS) expect(diagnose(textEvidence(text)), text).toEqual([])
    expect(diagnose(textEvidence())).toEqual([])
  })

  it("ranks, bounds and explains its answer", () => {
    const items = diagnose(textEvidence("Declined (51): insufficient funds", "Too many attempts", "系统繁忙", "Your session has expired", "ERR_CONNECTION_RESET", "Cookies are disabled"))
    expect(items.length).toBeLessThanOrEqual(MAX_DIAGNOSES)
    for (let i = 0; i < items.length; i++) {
      expect(items[i].confidence).toBeGreaterThanOrEqual(0)
      expect(items[i].confidence).toBeLessThanOrEqual(1)
      expect(items[i].evidence.length).toBeGreaterThan(0)
      if (i > 0) expect(items[i].confidence).toBeLessThanOrEqual(items[i - 1].confidence)
    }
  })

  it("drops the generic decline when a specific reason is known", () => {
    const causes = diagnose(textEvidence("Transaction declined: insufficient funds")).map((d) => d.cause)
    expect(causes[0]).toBe("insufficient-funds")
    expect(causes).not.toContain("generic-decline")
  })

  it("is deterministic", () => {
    const evidence = textEvidence("Refused (05). 3D Secure authentication failed.", "系统异常")
    expect(diagnose(evidence)).toEqual(diagnose(structuredClone(evidence)))
  })

  it("reads codes in context", () => {
    expect(diagnose(textEvidence("Transaction failed. Response code: 51"))[0].cause).toBe("insufficient-funds")
    expect(diagnose({ ...textEvidence("Payment failed"), errors: [{ text: "Payment failed", code: "54", source: "alert-role" }] })[0].cause).toBe("expired-card")
    // A bare number in a sentence is not a code.
    expect(diagnose(textEvidence("Please wait 51 seconds")).map((d) => d.cause)).not.toContain("insufficient-funds")
  })

  it("survives hostile and odd input", () => {
    const inputs = [
      "",
      "x".repeat(1_000_000),
      "<script>alert('declined')</script><b>Error</b>",
      "💳❌🙈 declined 😢",
      "交易 declined 失败 bị từ chối reddedildi",
      "\u0000\u200b\ufeff",
      "İŞLEM REDDEDİLDİ"
    ]
    for (const text of inputs) expect(() => diagnose(textEvidence(text))).not.toThrow()
    expect(() => diagnose({ page: { siteId: null, step: "unknown" }, errors: [{ text: undefined as unknown as string, source: "text" }] })).not.toThrow()
  })

  // Catastrophic backtracking would hang here until the test timeout; timing itself is benchmarked elsewhere.
  it("keeps every pattern linear on adversarial text", () => {
    const adversarial = ["a".repeat(1e5), "0 ".repeat(5e4), "卡号错误".repeat(25_000), "declined ".repeat(11_000), "(".repeat(1e5), "code ".repeat(2e4), "a-".repeat(5e4)]
    const patterns = CAUSES.flatMap((c) => [...(c.recognition.text ?? []), ...(c.recognition.hints ?? []), ...(c.recognition.exclude ?? [])])
    for (const text of adversarial) {
      for (const pattern of patterns) pattern.test(text)
      expect(() => diagnose(textEvidence(text))).not.toThrow()
    }
  })
})

describe("diagnose: facts other than text", () => {
  const base: Evidence = { page: { siteId: null, step: "unknown" }, errors: [] }

  it("flags a browser older than the site's minimum", () => {
    const evidence: Evidence = { ...base, environment: { browser: { name: "Chrome", version: "96.0", major: 96, engine: "Blink" } } }
    expect(diagnose(evidence, { profile: profile({ browsers: { minimum: { chrome: 100 }, recommended: [] } }) })[0].cause).toBe("outdated-browser")
    expect(diagnose(evidence, { profile: profile({ browsers: { minimum: { chrome: 90 }, recommended: [] } }) })).toEqual([])
  })

  it("notices a maintenance window in the portal's time zone, across midnight", () => {
    const site = profile({ maintenance: [{ start: "23:00", end: "02:00", timeZone: "Asia/Kolkata", note: { en: "nightly", "zh-CN": "每晚" } }] })
    const inside = diagnose({ ...base, now: "2025-03-01T18:00:00Z" }, { profile: site }) // 23:30 IST
    expect(inside[0].cause).toBe("scheduled-maintenance")
    expect(inside[0].evidence[0]).toMatchObject({ kind: "time", id: "maintenance-window" })
    expect(diagnose({ ...base, now: "2025-03-01T12:00:00Z" }, { profile: site })).toEqual([])
  })

  it("guards against a third failure within ten minutes", () => {
    const attempts = [
      { time: "2025-03-01T10:01:00Z", siteId: null, outcome: "failed" as const },
      { time: "2025-03-01T10:04:00Z", siteId: null, outcome: "failed" as const }
    ]
    const third = diagnose({ ...textEvidence("Transaction declined"), attempts, now: "2025-03-01T10:09:00Z" })
    expect(third[0].cause).toBe("too-many-attempts")
    const later = diagnose({ ...textEvidence("Transaction declined"), attempts, now: "2025-03-01T10:30:00Z" })
    expect(later[0].cause).toBe("generic-decline")
  })

  it("warns about paying twice after an unknown outcome", () => {
    const items = diagnose({ ...base, answers: { chargedWithoutReceipt: true } })
    expect(items[0]).toMatchObject({ cause: "payment-in-progress", category: "duplicate-payment" })
  })

  it("uses the network log, the environment and the answers", () => {
    const at = (over: Partial<Evidence>) => diagnose({ ...base, ...over })[0]?.cause
    expect(at({ network: [{ origin: "https://js.stripe.com", path: "/v3", kind: "blocked-by-client", time: "2025-03-01T10:00:00Z" }] })).toBe("blocker-extension")
    expect(at({ network: [{ origin: "https://pay.test", path: "/pay", kind: "http", status: 503, time: "2025-03-01T10:00:00Z" }] })).toBe("gateway-outage")
    expect(at({ network: [{ origin: "https://pay.test", path: "/", kind: "dns", time: "2025-03-01T10:00:00Z" }] })).toBe("dns-failure")
    expect(at({ environment: { online: false } })).toBe("offline")
    expect(at({ environment: { clockSkewSeconds: 900 } })).toBe("device-clock-wrong")
    expect(at({ environment: { clockSkewSeconds: 120 } })).toBeUndefined()
    expect(at({ environment: { thirdPartyCookiesBlocked: true } })).toBeUndefined()
    expect(at({ page: { siteId: null, step: "verification" }, environment: { thirdPartyCookiesBlocked: true } })).toBe("third-party-cookies-blocked")
    expect(at({ answers: { virtualPhone: true, codeReceived: "no" } })).toBe("virtual-phone-number")
    expect(at({ answers: { phoneDiffersFromBank: true } })).toBe("phone-differs-from-bank")
  })

  it("knows which methods the site refuses", () => {
    const site = profile({ payment: { accepted: ["visa", "mastercard"], notAccepted: ["paypal"] } })
    expect(diagnose({ ...base, answers: { paymentMethod: "unionpay" } }, { profile: site })[0].cause).toBe("unionpay-not-accepted")
    expect(diagnose({ ...base, answers: { paymentMethod: "paypal" } }, { profile: site })[0].cause).toBe("wallet-not-accepted")
    expect(diagnose({ ...base, answers: { paymentMethod: "visa" } }, { profile: site })).toEqual([])
  })

  it("looks the profile up from the site id when none is given", () => {
    expect(() => diagnose({ page: { siteId: "no-such-site", step: "unknown" }, errors: [] })).not.toThrow()
  })
})
