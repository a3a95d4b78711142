import { describe, expect, it } from "vitest"

import { describeEvidence } from "./describe-evidence"
import { diagnose } from "./index"
import type { Evidence, EvidenceNote } from "./types"

const rich: Evidence = {
  page: { siteId: null, step: "verification", signals: { threeDSFrame: true } },
  errors: [
    { text: "Declined (51) insufficient funds, transStatusReason=13, Error 503, 2001 Insufficient Funds", source: "text" },
    { text: "Your card was declined: international transactions are not enabled", source: "text" }
  ],
  environment: {
    browser: { name: "Internet Explorer", version: "11", major: 11, engine: "Trident" },
    cookiesEnabled: false,
    thirdPartyCookiesBlocked: true,
    online: false,
    clockSkewSeconds: -1200,
    connection: { effectiveType: "2g" }
  },
  network: (["blocked-by-client", "dns", "timeout", "connection", "certificate"] as const).map((kind) => ({ origin: "https://pay.test", path: "/", kind, time: "2025-03-01T10:00:00Z" })),
  answers: { codeReceived: "no", virtualPhone: true, phoneDiffersFromBank: true, chargedWithoutReceipt: true, cardType: "debit", paymentMethod: "unionpay" },
  now: "2025-03-01T10:00:00Z"
}

describe("describeEvidence", () => {
  const notes: EvidenceNote[] = diagnose(rich).flatMap((item) => item.evidence)

  it("words every note the engine produces, in both languages, with every placeholder filled", () => {
    expect(notes.length).toBeGreaterThan(3)
    for (const note of notes) {
      for (const locale of ["zh-CN", "en"] as const) {
        const text = describeEvidence(note, locale)
        expect(text, note.id).not.toBe(note.id)
        expect(text, note.id).not.toMatch(/\{\w+\}/)
      }
    }
  })

  it("renders step and payment-method ids in the reader's language", () => {
    expect(describeEvidence({ kind: "step", id: "at-step", params: { step: "verification" } }, "zh-CN")).toContain("银行验证")
    expect(describeEvidence({ kind: "answer", id: "method-not-accepted", params: { method: "unionpay" } }, "en")).toContain("UnionPay")
    expect(describeEvidence({ kind: "text", id: "page-said", params: { text: "Declined" } }, "zh-CN")).toBe("页面显示：“Declined”")
  })

  it("falls back to the id for an unknown note", () => {
    expect(describeEvidence({ kind: "text", id: "no-such-note" }, "en")).toBe("no-such-note")
  })
})
