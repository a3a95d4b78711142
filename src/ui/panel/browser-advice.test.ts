import { describe, expect, it } from "vitest"

import { tooOldPerDiagnosis } from "./browser-advice"

describe("tooOldPerDiagnosis", () => {
  it("takes the browser and version from the diagnosis's 'browser too old' evidence", () => {
    const diagnosis = [
      { cause: "unknown-error", category: "unknown" as const, confidence: 0.3, evidence: [], fixes: [] },
      {
        cause: "outdated-browser",
        category: "browser-problem" as const,
        confidence: 0.6,
        evidence: [{ kind: "environment" as const, id: "browser-too-old", params: { browser: "chrome", version: "69.0.3497.100", minimum: 109 } }],
        fixes: ["use-current-browser"]
      }
    ]
    expect(tooOldPerDiagnosis(diagnosis)).toEqual({ browser: "Chrome", version: "69.0.3497.100" })
  })

  it("is null when no cause says so", () => {
    expect(tooOldPerDiagnosis([{ cause: "stale-cache", category: "browser-problem", confidence: 0.6, evidence: [], fixes: [] }])).toBeNull()
  })
})
