import { describe, expect, it } from "vitest"

import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { toDecodeOutcome } from "./decode-outcome"

describe("toDecodeOutcome", () => {
  it("accepts the result shapes decodeShareInput may have", () => {
    const report = sampleReport()
    expect(toDecodeOutcome({ ok: true, report })).toEqual({ ok: true, report })
    expect(toDecodeOutcome(report)).toEqual({ ok: true, report })
    expect(toDecodeOutcome({ ok: false, error: "truncated" })).toEqual({ ok: false, error: "truncated" })
    expect(toDecodeOutcome({ ok: false, error: { id: "tampered" } })).toEqual({ ok: false, error: "tampered" })
    expect(toDecodeOutcome({ ok: false })).toEqual({ ok: false, error: "invalid" })
    expect(toDecodeOutcome(null)).toEqual({ ok: false, error: "invalid" })
  })
})
