import { describe, expect, it } from "vitest"

import { IDLE_TIMEOUT_MS, whenPageIdleAfterLoad } from "./draw-timing"

/** A window whose load, frames, timers and idle periods the test drives by hand. */
function fakeWindow(readyState: DocumentReadyState, withIdleCallback = true) {
  const log: string[] = []
  const listeners = new Map<string, () => void>()
  const frames: (() => void)[] = []
  const timers: { run: () => void; ms: number }[] = []
  const idle: { run: () => void; timeout?: number }[] = []
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, ms = 0) => timers.push({ run, ms }),
    ...(withIdleCallback ? { requestIdleCallback: (run: () => void, options?: { timeout: number }) => idle.push({ run, timeout: options?.timeout }) } : {})
  }
  return { win: win as never, log, listeners, frames, timers, idle }
}

const ticks = () => new Promise((r) => setTimeout(r, 0))

describe("whenPageIdleAfterLoad", () => {
  it("waits for the load event, then the next paint, then an idle period bounded by a timeout", async () => {
    const w = fakeWindow("interactive")
    let drawn = false
    void whenPageIdleAfterLoad(w.win).then(() => (drawn = true))
    await ticks()
    expect(w.frames).toHaveLength(0) // nothing before load
    w.listeners.get("load")!()
    await ticks()
    expect(w.listeners.has("load")).toBe(false)
    expect(w.frames).toHaveLength(1)
    expect(w.idle).toHaveLength(0) // not before the paint
    w.frames[0]()
    w.timers.find((t) => t.ms === 0)!.run()
    await ticks()
    expect(drawn).toBe(false)
    expect(w.idle).toEqual([{ run: expect.any(Function), timeout: IDLE_TIMEOUT_MS }])
    w.idle[0].run()
    await ticks()
    expect(drawn).toBe(true)
  })

  it("does not wait for a load event that has already fired; without idle callbacks a short timer stands in", async () => {
    const w = fakeWindow("complete", false)
    let drawn = false
    void whenPageIdleAfterLoad(w.win).then(() => (drawn = true))
    await ticks()
    expect(w.listeners.size).toBe(0)
    // A background tab paints no frames: the paint's fallback timer lets it go on.
    w.timers.find((t) => t.ms === 100)!.run()
    await ticks()
    const idleTimer = w.timers.find((t) => t.ms > 0 && t.ms < 100)!
    expect(drawn).toBe(false)
    idleTimer.run()
    await ticks()
    expect(drawn).toBe(true)
  })
})
