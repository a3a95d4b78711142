import { afterEach, describe, expect, it, vi } from "vitest"

import { BRIDGE_EVENT, encodeBridgeMessage, NAVIGATE_EVENT } from "./main-world-bridge"
import { pageWithBody } from "./test-dom"
import { watchPage, type PageChangeReason } from "./watch-page"

/** MutationObserver callbacks run as microtasks; let them. */
const flushMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe("watchPage", () => {
  afterEach(() => vi.useRealTimers())

  function setup() {
    const page = pageWithBody(`<main id="main"></main><div id="evisa-pay-helper-root"></div>`)
    const reasons: PageChangeReason[] = []
    const controller = new AbortController()
    watchPage(page.window as unknown as Window, (r) => reasons.push(r), controller.signal, { debounceMs: 50, maxWaitMs: 200 })
    return { page, reasons, controller, win: page.window as unknown as Window & typeof globalThis }
  }

  it("debounces DOM changes into one report", async () => {
    const { page, reasons } = setup()
    for (let i = 0; i < 5; i++) page.document.getElementById("main")!.append(page.document.createElement("p"))
    await flushMicrotasks()
    await new Promise((r) => setTimeout(r, 120))
    expect(reasons).toEqual(["mutation"])
  })

  it("reports a page that never stops changing at least every maxWait", async () => {
    const { page, reasons } = setup()
    const main = page.document.getElementById("main")!
    const started = Date.now()
    while (Date.now() - started < 500) {
      main.textContent = String(Date.now())
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(reasons.length).toBeGreaterThanOrEqual(2)
  })

  it("ignores changes inside its own overlay", async () => {
    const { page, reasons } = setup()
    page.document.getElementById("evisa-pay-helper-root")!.append(page.document.createElement("div"))
    await flushMicrotasks()
    await new Promise((r) => setTimeout(r, 120))
    expect(reasons).toEqual([])
  })

  it("reports a navigation at once, and a storm of them once more at its end", async () => {
    const { win, reasons } = setup()
    win.dispatchEvent(new win.Event("popstate"))
    expect(reasons).toEqual(["popstate"])
    // A page pushing history entries 50 times a second: rate-limited, the last one still reported.
    win.dispatchEvent(new win.Event("hashchange"))
    win.dispatchEvent(new win.Event(NAVIGATE_EVENT))
    win.dispatchEvent(new win.CustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage("navigate") }))
    win.dispatchEvent(new win.CustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage("alert", "x") }))
    expect(reasons).toEqual(["popstate"])
    await new Promise((r) => setTimeout(r, 150))
    expect(reasons).toEqual(["popstate", "navigate"])
  })

  it("reports the first change after a quiet spell at once (an error just appeared)", async () => {
    const { page, reasons } = setup()
    page.document.getElementById("main")!.append(page.document.createElement("p"))
    await flushMicrotasks()
    expect(reasons).toEqual(["mutation"])
  })

  it("stops everything when the signal aborts", async () => {
    const { page, win, reasons, controller } = setup()
    controller.abort()
    win.dispatchEvent(new win.Event("popstate"))
    page.document.getElementById("main")!.append(page.document.createElement("p"))
    await flushMicrotasks()
    await new Promise((r) => setTimeout(r, 120))
    expect(reasons).toEqual([])
  })
})
