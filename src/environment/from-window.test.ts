import { describe, expect, it } from "vitest"

import { Window } from "happy-dom"

import { collectEnvironment } from "./collect"
import { environmentInputFromWindow } from "./from-window"

describe("environmentInputFromWindow", () => {
  it("reads navigator and window facts, asking for client hints when offered", async () => {
    const win = new Window({ url: "https://example.com/", width: 1024, height: 768 })
    const asked: string[][] = []
    Object.defineProperty(win.navigator, "userAgentData", {
      value: {
        mobile: false,
        platform: "Windows",
        getHighEntropyValues: async (hints: string[]) => {
          asked.push(hints)
          return { platform: "Windows", platformVersion: "15.0.0", mobile: false }
        }
      }
    })
    const input = await environmentInputFromWindow(win as unknown as globalThis.Window)
    expect(asked[0]).toContain("platformVersion")
    expect(input.uaHints?.platformVersion).toBe("15.0.0")
    expect(input.viewport).toEqual({ width: 1024, height: 768 })
    expect(input.languages.length).toBeGreaterThan(0)
    expect(typeof input.timeZone).toBe("string")
    const facts = collectEnvironment({ ...input, extensionVersion: "0.1.0" })
    expect(facts.browser.name).not.toBe("")
    await win.happyDOM.close()
  })

  it("works without client hints (Firefox, Safari)", async () => {
    const win = new Window({ url: "https://example.com/" })
    const input = await environmentInputFromWindow(win as unknown as globalThis.Window)
    expect(input.uaHints).toBeNull()
    await win.happyDOM.close()
  })
})
