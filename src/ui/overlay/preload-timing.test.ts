import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { INPUT_PAUSE_MS, PRELOAD_IDLE_TIMEOUT_MS, preloadAfterInputPauses } from "./preload-timing"

/** A real event target with fake timers (vi) and an idle queue the test runs by hand. */
function inputWindow(withIdleCallback = true) {
  const target = new EventTarget()
  const idle: { run: () => void; timeout?: number }[] = []
  const win = {
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setTimeout: (run: () => void, ms?: number) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    ...(withIdleCallback ? { requestIdleCallback: (run: () => void, options?: { timeout: number }) => idle.push({ run, timeout: options?.timeout }) } : {})
  }
  const key = () => target.dispatchEvent(new Event("keydown"))
  return { win: win as never, idle, key, fire: (type: string) => target.dispatchEvent(new Event(type)) }
}

describe("preloadAfterInputPauses", () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it("waits while the applicant types, then for an idle period after a pause", () => {
    const w = inputWindow()
    const run = vi.fn()
    preloadAfterInputPauses(w.win, () => true, run, new AbortController().signal)
    // A card number at 120 ms a key: no pause, nothing scheduled.
    for (let i = 0; i < 16; i++) {
      w.key()
      vi.advanceTimersByTime(120)
    }
    expect(w.idle).toHaveLength(0)
    vi.advanceTimersByTime(INPUT_PAUSE_MS - 120 - 1)
    expect(w.idle).toHaveLength(0)
    vi.advanceTimersByTime(1)
    expect(w.idle).toEqual([{ run, timeout: PRELOAD_IDLE_TIMEOUT_MS }])
    expect(run).not.toHaveBeenCalled()
    w.idle[0].run()
    expect(run).toHaveBeenCalledTimes(1)
  })

  it("runs once: later input schedules nothing more", () => {
    const w = inputWindow()
    const run = vi.fn()
    preloadAfterInputPauses(w.win, () => true, run, new AbortController().signal)
    w.fire("pointerdown")
    vi.advanceTimersByTime(INPUT_PAUSE_MS)
    w.key()
    w.fire("input")
    vi.advanceTimersByTime(INPUT_PAUSE_MS * 3)
    expect(w.idle).toHaveLength(1)
  })

  it("ignores input on a page that does not want the frame yet, and starts once it does", () => {
    const w = inputWindow()
    let payment = false
    preloadAfterInputPauses(w.win, () => payment, vi.fn(), new AbortController().signal)
    w.key()
    vi.advanceTimersByTime(INPUT_PAUSE_MS * 2)
    expect(w.idle).toHaveLength(0)
    payment = true // a single-page app moved on to its card form
    w.fire("focusin")
    vi.advanceTimersByTime(INPUT_PAUSE_MS)
    expect(w.idle).toHaveLength(1)
  })

  it("does nothing after its signal aborts, even with a pause already counting", () => {
    const w = inputWindow()
    const controller = new AbortController()
    preloadAfterInputPauses(w.win, () => true, vi.fn(), controller.signal)
    w.key()
    controller.abort()
    vi.advanceTimersByTime(INPUT_PAUSE_MS * 2)
    w.key()
    vi.advanceTimersByTime(INPUT_PAUSE_MS * 2)
    expect(w.idle).toHaveLength(0)
  })

  it("falls back to a short timer without requestIdleCallback", () => {
    const w = inputWindow(false)
    const run = vi.fn()
    preloadAfterInputPauses(w.win, () => true, run, new AbortController().signal)
    w.key()
    vi.advanceTimersByTime(INPUT_PAUSE_MS)
    expect(run).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(run).toHaveBeenCalledTimes(1)
  })
})
