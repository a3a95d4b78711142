/**
 * Where a page load's main-thread time goes with our extension: loads a portal fixture at its
 * real URL a few times in Chromium with the built extension, records a DevTools trace of each
 * load, and prints the renderer main thread's time by kind of work and by script (ours vs the
 * page's). A tool for finding what to cut (issue 15), not a budget: `npm run bench` holds the
 * budgets.
 *
 *   npx tsx scripts/bench/trace-load.ts [fixture …] [--loads N]
 *
 * TRACE_DETAIL=1 also lists every trace event nested in the tasks that ran our code.
 */
import { join } from "node:path"

import { fixtureUrl, launchWithExtension, serveFixtures, type Session } from "../../test/e2e/harness"

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { url?: string; functionName?: string; scriptName?: string }; name?: string }
}

const args = process.argv.slice(2)
const loadsAt = args.indexOf("--loads")
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 5
const files = args.filter((a, i) => !a.startsWith("--") && (loadsAt < 0 || i !== loadsAt + 1))
const FIXTURES = files.length ? files : ["test/fixtures/sites/uk-visas/payment-method.html", "test/fixtures/sites/australia-immiaccount/card-entry.html"]

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink", "extensions", "toplevel", "blink.user_timing", "loading"].join(",")

async function traceLoad(session: Session, url: string): Promise<TraceEvent[]> {
  const page = await session.context.newPage()
  const cdp = await session.context.newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on("Tracing.dataCollected", (message) => {
    events.push(...(message.value as unknown as TraceEvent[]))
  })
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()))
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" })
  await page.goto(url, { waitUntil: "load" })
  await page.waitForTimeout(1500)
  await cdp.send("Tracing.end")
  await done
  await page.close()
  return events
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

const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us)

function summarize(events: TraceEvent[], extensionOrigin: string) {
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
  const loadAt = events.find((e) => e.name === "MarkLoad" && e.pid === main.pid)?.ts ?? Number.POSITIVE_INFINITY
  // Whole tasks, by whose script ran in them: a task that ran any of ours counts as ours.
  const scripted = onMain.filter((e) => e.args?.data?.url && ["FunctionCall", "EvaluateScript", "v8.compile", "TimerFire", "FireIdleCallback"].includes(e.name))
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    const inside = scripted.filter((e) => e.ts >= task.ts && e.ts < end)
    const ours = inside.find((e) => e.args!.data!.url!.startsWith(extensionOrigin))
    const kind = ours ? `task running ours (${[...new Set(inside.filter((e) => e.args!.data!.url!.startsWith(extensionOrigin)).map((e) => e.name))].join("+")})` : inside.length ? "task running the page's scripts" : "task without script (parse, style, layout, paint, messages)"
    add(byScript, kind, task.dur ?? 0)
    if (ours) add(byScript, task.ts < loadAt ? "ours, before the load event" : "ours, after the load event", task.dur ?? 0)
    if (ours && process.env.TRACE_DETAIL) {
      for (const e of onMain) if (e !== task && e.ts >= task.ts && e.ts < end) add(byScript, `  in ours: ${e.name}${e.args?.data?.url ? "" : ""}`, e.dur ?? 0)
    }
  }
  return { total, byName, byScript }
}

async function main(): Promise<void> {
  const session = await launchWithExtension()
  const origin = `chrome-extension://${session.extensionId}/`
  try {
    for (const file of FIXTURES) {
      const url = fixtureUrl(join(process.cwd(), file))
      await serveFixtures(session.context, { [url]: join(process.cwd(), file) })
      await traceLoad(session, url) // warm: disk and code caches
      const runs = []
      for (let i = 0; i < LOADS; i++) runs.push(summarize(await traceLoad(session, url), origin))
      const ok = runs.filter((r): r is NonNullable<typeof r> => r !== null)
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] / 1000
      console.log(`\n${file}: main thread ${median(ok.map((r) => r.total)).toFixed(1)} ms (median of ${ok.length})`)
      for (const key of [...new Set(ok.flatMap((r) => [...r.byName.keys()]))].sort()) console.log(`  ${key.padEnd(40)} ${median(ok.map((r) => r.byName.get(key) ?? 0)).toFixed(2)} ms`)
      for (const key of [...new Set(ok.flatMap((r) => [...r.byScript.keys()]))].sort()) console.log(`  ${key.slice(0, 60).padEnd(60)} ${median(ok.map((r) => r.byScript.get(key) ?? 0)).toFixed(2)} ms`)
    }
  } finally {
    await session.close()
  }
}

await main()
