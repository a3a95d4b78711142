import { describe, expect, it } from "vitest"

import { collectEnvironment } from "./collect"
import { readBrowserWideEnvironment, readPageOnlyEnvironment } from "./split-input"

describe("environment read in two places", () => {
  it("the page part and the browser part together make a full environment", async () => {
    const page = readPageOnlyEnvironment(window)
    expect(page.viewport.width).toBeGreaterThan(0)
    expect(page).not.toHaveProperty("userAgent")
    expect(page).not.toHaveProperty("timeZone")
    const browserWide = await readBrowserWideEnvironment(
      {
        userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        languages: ["zh-CN", "en"],
        onLine: true,
        userAgentData: { getHighEntropyValues: async () => ({ platform: "Windows", platformVersion: "15.0.0", mobile: false }) }
      },
      new Date("2026-11-27T03:00:00Z")
    )
    const facts = collectEnvironment({ ...page, ...browserWide, extensionVersion: "0.1.0" })
    expect(facts.os).toMatchObject({ name: "Windows", version: "11" })
    expect(facts.languages).toEqual(["zh-CN", "en"])
    expect(facts.timeZone.length).toBeGreaterThan(0)
  })
  it("falls back to the coarse hints when the browser refuses the detailed ones", async () => {
    const browserWide = await readBrowserWideEnvironment(
      {
        userAgent: "x",
        onLine: true,
        userAgentData: {
          mobile: true,
          platform: "Android",
          getHighEntropyValues: async () => {
            throw new Error("denied")
          }
        }
      },
      new Date()
    )
    expect(browserWide.uaHints).toEqual({ mobile: true, platform: "Android" })
  })
})
