import type { BrowserContext } from "playwright-core"

/**
 * DevTools traces of page loads, read for what ran on the page's renderer main thread and
 * whose script ran in it. Used by trace-load.ts (where the time goes) and by the benchmark
 * (which long tasks ran our code).
 */
export interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { url?: string; functionName?: string; scriptName?: string }; name?: string }
}

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink", "extensions", "toplevel", "blink.user_timing", "loading"].join(",")

/** One load of `url` in a fresh tab, traced from navigation to `settleMs` after the load event. */
export async function traceLoad(context: BrowserContext, url: string, settleMs = 1500): Promise<TraceEvent[]> {
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on("Tracing.dataCollected", (message) => {
      events.push(...(message.value as unknown as TraceEvent[]))
    })
    const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()))
    await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" })
    await page.goto(url, { waitUntil: "load" })
    await page.waitForTimeout(settleMs)
    await cdp.send("Tracing.end")
    await done
    return events
  } finally {
    await page.close().catch(() => {})
  }
}

function mainThreadOf(events: TraceEvent[]): { pid: number; tid: number } | null {
  const named = events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
  // The renderer of the page: the one with the most top-level task time.
  let best: { pid: number; tid: number; total: number } | null = null
  for (const t of named) {
    const total = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === "RunTask").reduce((n, e) => n + (e.dur ?? 0), 0)
    if (!best || total > best.total) best = { pid: t.pid, tid: t.tid, total }
  }
  return best
}

/** A task of 50 ms or more on the page's main thread. */
export interface LongTask {
  ms: number
  /** Whether any of our scripts (compiled, evaluated, called, timers, idle callbacks) ran inside it. */
  runsOurs: boolean
  /**
   * Our part of it, ms: the union of our scripts' events and of content-script injections
   * (ScriptInjection::*; the traced browser runs no other extension) inside the task.
   */
  oursMs: number
  /** Ours made it long: without our part it would be under 50 ms. A task long without us is the page's own. */
  madeLongByUs: boolean
  /** Start, ms from the page's load event (negative: before it). */
  fromLoadMs: number
  /** Its heaviest nested events, "name ms", heaviest first. */
  parts: string[]
}

export interface TraceSummary {
  /** All main-thread task time, µs. */
  total: number
  /** µs per kind of work. */
  byName: Map<string, number>
  /** µs per script (ours, the page's) and per kind of task. */
  byScript: Map<string, number>
  longTasks: LongTask[]
}

export const LONG_TASK_US = 50_000
const SCRIPT_EVENTS = ["FunctionCall", "EvaluateScript", "v8.compile", "TimerFire", "FireIdleCallback"]
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us)

/** Milliseconds covered by `events` (nested or overlapping ones counted once). */
function unionMs(events: readonly TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0])
  let covered = 0
  let end = Number.NEGATIVE_INFINITY
  for (const [from, to] of spans) {
    if (to <= end) continue
    covered += to - Math.max(from, end)
    end = to
  }
  return covered / 1000
}

/** `detail`: also add up every event nested in the tasks that ran our code ("  in ours: …"). */
export function summarizeTrace(events: TraceEvent[], extensionOrigin: string, detail = false): TraceSummary | null {
  const main = mainThreadOf(events)
  if (!main) return null
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X")
  const tasks = onMain.filter((e) => e.name === "RunTask")
  const total = tasks.reduce((n, e) => n + (e.dur ?? 0), 0)
  const byName = new Map<string, number>()
  const byScript = new Map<string, number>()
  for (const e of onMain) {
    const url = e.args?.data?.url ?? ""
    if (["v8.compile", "v8.run", "EvaluateScript", "v8.compileModule", "FunctionCall", "TimerFire", "FireIdleCallback", "EventDispatch", "v8.callFunction", "ParseHTML", "UpdateLayoutTree", "Layout", "Paint", "ScriptInjection"].includes(e.name)) add(byName, e.name, e.dur ?? 0)
    if ((e.name === "v8.compile" || e.name === "EvaluateScript" || e.name === "FunctionCall") && url) {
      const who = url.startsWith(extensionOrigin) ? `ours ${url.slice(extensionOrigin.length)}` : url.startsWith("chrome-extension://") ? "another extension" : "page"
      add(byScript, `${e.name} ${who}`, e.dur ?? 0)
    }
  }
  // Our tasks before and after the page's load event (MarkLoad): before it, they hold it up.
  const loadAt = events.find((e) => e.name === "MarkLoad" && e.pid === main.pid)?.ts ?? Number.NaN
  // Whole tasks, by whose script ran in them: a task that ran any of ours counts as ours.
  const scripted = onMain.filter((e) => e.args?.data?.url && SCRIPT_EVENTS.includes(e.name))
  const injections = onMain.filter((e) => e.name.startsWith("ScriptInjection"))
  const longTasks: LongTask[] = []
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    const inside = scripted.filter((e) => e.ts >= task.ts && e.ts < end)
    const oursInside = inside.filter((e) => e.args!.data!.url!.startsWith(extensionOrigin))
    const kind = oursInside.length ? `task running ours (${[...new Set(oursInside.map((e) => e.name))].join("+")})` : inside.length ? "task running the page's scripts" : "task without script (parse, style, layout, paint, messages)"
    add(byScript, kind, task.dur ?? 0)
    if (oursInside.length) add(byScript, !(task.ts >= loadAt) ? "ours, before the load event" : "ours, after the load event", task.dur ?? 0)
    if ((task.dur ?? 0) >= LONG_TASK_US) {
      const parts = onMain
        .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && e.name !== "ThreadControllerImpl::RunTask")
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 6)
        .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}${e.args?.data?.url ? ` [${e.args.data.url.split("/").pop()}]` : ""}`)
      const oursMs = unionMs([...oursInside, ...injections.filter((e) => e.ts >= task.ts && e.ts < end)])
      const ms = (task.dur ?? 0) / 1000
      longTasks.push({ ms, runsOurs: oursInside.length > 0, oursMs, madeLongByUs: oursMs > 0 && ms - oursMs < LONG_TASK_US / 1000, fromLoadMs: (task.ts - loadAt) / 1000, parts })
    }
    if (oursInside.length && detail) {
      for (const e of onMain) if (e !== task && e.ts >= task.ts && e.ts < end) add(byScript, `  in ours: ${e.name}`, e.dur ?? 0)
    }
  }
  return { total, byName, byScript, longTasks }
}

/** chrome-extension://<id>/ of the extension loaded in `context` (from its service worker). */
export async function extensionOriginOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://")) ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }))
  return `chrome-extension://${new URL(worker.url()).host}/`
}
