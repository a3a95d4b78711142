import { describe, expect, it } from "vitest"

import { attemptsBeforeThisPage } from "~background/earlier-attempts"
import type { Attempt } from "~src/diagnosis/types"

const failed = (time: string): Attempt => ({ time, siteId: "india-evisa", outcome: "failed" })
const error = (firstSeen: string) => ({ text: "Transaction declined", source: "dom" as const, firstSeen, lastSeen: firstSeen }) as never

describe("attemptsBeforeThisPage", () => {
  it("leaves out the failure logged for the error now on screen, keeps earlier ones", () => {
    const attempts = [failed("2025-03-01T10:01:00.000Z"), failed("2025-03-01T10:05:00.300Z")]
    expect(attemptsBeforeThisPage(attempts, { errors: [error("2025-03-01T10:05:00.000Z")] })).toEqual([attempts[0]])
  })

  it("keeps everything when the page shows no error, and never drops successes or unknown outcomes", () => {
    const attempts: Attempt[] = [failed("2025-03-01T10:01:00.000Z"), { time: "2025-03-01T10:05:01.000Z", siteId: null, outcome: "unknown" }]
    expect(attemptsBeforeThisPage(attempts, { errors: [] })).toEqual(attempts)
    expect(attemptsBeforeThisPage(attempts, { errors: [error("2025-03-01T10:05:00.000Z")] })).toEqual(attempts)
  })
})
