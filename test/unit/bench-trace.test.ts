import { describe, expect, it } from "vitest"

import { summarizeTrace, type TraceEvent } from "../../scripts/bench/trace"

const OURS = "chrome-extension://abcdefghijklmnop/"
const thread = { pid: 1, tid: 7 }
const meta: TraceEvent = { name: "thread_name", cat: "__metadata", ph: "M", ts: 0, ...thread, args: { name: "CrRendererMain" } }
const task = (ts: number, ms: number): TraceEvent => ({ name: "RunTask", cat: "toplevel", ph: "X", ts, dur: ms * 1000, ...thread })
const inside = (name: string, ts: number, ms: number, url?: string): TraceEvent => ({ name, cat: "devtools.timeline", ph: "X", ts, dur: ms * 1000, ...thread, ...(url ? { args: { data: { url } } } : {}) })
const load = (ts: number): TraceEvent => ({ name: "MarkLoad", cat: "devtools.timeline", ph: "I", ts, ...thread })

describe("bench traces: which long tasks ran our code", () => {
  const events = [
    meta,
    // The page's own layout: long, none of ours.
    task(0, 120),
    inside("Layout", 10, 100),
    // Our content script evaluated in a long task.
    task(200_000, 55),
    inside("EvaluateScript", 200_100, 54, `${OURS}overlay.js`),
    // A short task of ours, after the load event.
    task(400_000, 10),
    inside("FunctionCall", 400_100, 9, `${OURS}overlay.js`),
    // A long task of the page's own script.
    task(600_000, 70),
    inside("FunctionCall", 600_100, 69, "https://portal.example/app.js"),
    // The page's own parsing and inline script, long without us, with our document_start
    // script injected inside it (the injection and its evaluation nest: counted once).
    task(130_000, 52),
    inside("ParseHTML", 130_000, 51.8),
    inside("EvaluateScript", 130_100, 46.5, "https://portal.example/page.html"),
    inside("ScriptInjection::InjectJs", 176_700, 1.5),
    inside("EvaluateScript", 176_800, 1.2, `${OURS}main-world.js`),
    load(300_000)
  ]

  it("counts long tasks (≥ 50 ms) and tells ours from the page's", () => {
    const summary = summarizeTrace(events, OURS)!
    expect(summary.longTasks.map((t) => [Math.round(t.ms), t.runsOurs])).toEqual([
      [120, false],
      [55, true],
      [70, false],
      [52, true]
    ])
    expect(summary.longTasks[1]!.fromLoadMs).toBe(-100)
    expect(summary.longTasks[1]!.parts[0]).toMatch(/^EvaluateScript 54\.0 \[overlay\.js\]/)
  })

  it("says which long tasks our part made long: not the page's own that would be long without us", () => {
    const summary = summarizeTrace(events, OURS)!
    expect(summary.longTasks.map((t) => [Math.round(t.ms), t.oursMs, t.madeLongByUs])).toEqual([
      [120, 0, false],
      [55, 54, true],
      [70, 0, false],
      [52, 1.5, false]
    ])
  })

  it("splits our task time by the load event", () => {
    const summary = summarizeTrace(events, OURS)!
    expect(summary.byScript.get("ours, before the load event")).toBe(55_000 + 52_000)
    expect(summary.byScript.get("ours, after the load event")).toBe(10_000)
  })

  it("finds no main thread in a trace without one", () => {
    expect(summarizeTrace([task(0, 10)], OURS)).toBeNull()
  })
})
