import type { BrowserContext, CDPSession, Page } from "playwright-core"

/**
 * Chrome DevTools Protocol helpers shared by the benchmark (scripts/bench) and the
 * real-browser tests. Everything here reads what the browser already measures; nothing
 * is injected into the page except where a function says so.
 */

/** `Performance.getMetrics` as a name → value record. */
export type Metrics = Record<string, number>

/** Opens a CDP session on a tab with the Performance domain on, before it navigates. */
export async function openMetricsSession(context: BrowserContext, page: Page): Promise<CDPSession> {
  const session = await context.newCDPSession(page)
  await session.send("Performance.enable", { timeDomain: "timeTicks" })
  return session
}

/**
 * The renderer's counters: ScriptDuration and TaskDuration (seconds of main-thread work,
 * every JavaScript world of the tab's process counted: the page's and the content
 * scripts'), JSHeapUsedSize (bytes, the whole V8 isolate, so isolated worlds included).
 */
export async function readMetrics(session: CDPSession): Promise<Metrics> {
  const { metrics } = await session.send("Performance.getMetrics")
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]))
}

/** Forces a full garbage collection so heap figures compare live objects, not garbage. */
export async function collectGarbage(session: CDPSession): Promise<void> {
  await session.send("HeapProfiler.collectGarbage")
}

/** Live JavaScript heap of the tab's isolate after a forced GC, in bytes. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await collectGarbage(session)
  await collectGarbage(session) // a second pass frees what the first one's finalizers released
  const metrics = await readMetrics(session)
  return metrics.JSHeapUsedSize ?? 0
}

/** Main-world global where the observer script below keeps its tallies. */
export const PAGE_PERF_GLOBAL = "__evphPerf"

export interface PagePerfTally {
  layoutShift: number
  layoutShiftEntries: number
  longTasks: number
  longTaskMs: number
}

/**
 * An init script (runs before any page script) that records layout shifts and long
 * tasks from the page's own point of view. Layout shift is the Cumulative Layout Shift
 * sum of entries not caused by input; a panel that pushes page content moves it.
 */
export const PAGE_PERF_OBSERVER_SCRIPT = `(() => {
  const tally = { layoutShift: 0, layoutShiftEntries: 0, longTasks: 0, longTaskMs: 0 };
  Object.defineProperty(window, ${JSON.stringify(PAGE_PERF_GLOBAL)}, { value: tally, configurable: true });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (e) { /* entry type unsupported */ }
  };
  observe("layout-shift", (e) => { if (!e.hadRecentInput) { tally.layoutShift += e.value; tally.layoutShiftEntries += 1; } });
  observe("longtask", (e) => { tally.longTasks += 1; tally.longTaskMs += e.duration; });
})();`

/** Reads the tallies of PAGE_PERF_OBSERVER_SCRIPT (zeros when the script did not run). */
export async function readPagePerf(page: Page): Promise<PagePerfTally> {
  return page.evaluate((name) => {
    const tally = (window as unknown as Record<string, PagePerfTally | undefined>)[name]
    return tally ? { ...tally } : { layoutShift: 0, layoutShiftEntries: 0, longTasks: 0, longTaskMs: 0 }
  }, PAGE_PERF_GLOBAL)
}

/** The version line of the browser behind a context ("Chrome/156.0.…"). */
export async function browserVersion(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage())
  const session = await context.newCDPSession(page)
  try {
    const { product } = await session.send("Browser.getVersion")
    return product
  } finally {
    await session.detach().catch(() => {})
  }
}

/** Network activity seen through one CDP session, for "no requests of our own" audits. */
export interface RequestLog {
  urls: string[]
  stop(): Promise<void>
}

/** Records every request a target (a service worker or an extension page) starts. */
export async function recordRequests(session: CDPSession): Promise<RequestLog> {
  const urls: string[] = []
  const onRequest = (event: { request: { url: string } }) => urls.push(event.request.url)
  session.on("Network.requestWillBeSent", onRequest)
  await session.send("Network.enable")
  return {
    urls,
    async stop() {
      session.off("Network.requestWillBeSent", onRequest)
      await session.send("Network.disable").catch(() => {})
    }
  }
}

/** Uncaught errors and console errors that come from extension code, seen in one tab. */
export interface ExtensionErrorLog {
  errors: string[]
  stop(): Promise<void>
}

interface StackFrameLike {
  url?: string
}
interface ExceptionDetailsLike {
  text?: string
  url?: string
  executionContextId?: number
  exception?: { description?: string }
  stackTrace?: { callFrames?: StackFrameLike[] }
}

const EXTENSION_SCHEME = "chrome-extension://"

/**
 * Watches a tab through CDP for errors raised by extension code in any of its JavaScript
 * worlds: the content scripts' isolated worlds (told apart by their execution context's
 * chrome-extension:// origin) and main-world scripts (told apart by their stack frames'
 * URLs). Page errors are not collected: hostile pages throw on purpose.
 */
export async function watchExtensionErrors(context: BrowserContext, page: Page): Promise<ExtensionErrorLog> {
  const session = await context.newCDPSession(page)
  const errors: string[] = []
  const extensionContexts = new Set<number>()
  const fromExtension = (details: { url?: string; executionContextId?: number; stackTrace?: { callFrames?: StackFrameLike[] } }) =>
    (details.executionContextId !== undefined && extensionContexts.has(details.executionContextId)) ||
    (details.url ?? "").startsWith(EXTENSION_SCHEME) ||
    (details.stackTrace?.callFrames ?? []).some((f) => (f.url ?? "").startsWith(EXTENSION_SCHEME))

  session.on("Runtime.executionContextCreated", (event: { context: { id: number; origin: string; name: string } }) => {
    if (event.context.origin.startsWith(EXTENSION_SCHEME)) extensionContexts.add(event.context.id)
  })
  session.on("Runtime.exceptionThrown", (event: { exceptionDetails: ExceptionDetailsLike }) => {
    const d = event.exceptionDetails
    if (fromExtension(d)) errors.push(`uncaught: ${d.exception?.description ?? d.text ?? "?"}`)
  })
  session.on("Runtime.consoleAPICalled", (event: { type: string; executionContextId: number; args: { value?: unknown; description?: string }[]; stackTrace?: { callFrames?: StackFrameLike[] } }) => {
    if (event.type !== "error" && event.type !== "assert") return
    if (fromExtension(event)) errors.push(`console.${event.type}: ${event.args.map((a) => a.description ?? String(a.value)).join(" ")}`)
  })
  session.on("Log.entryAdded", (event: { entry: { level: string; text: string; url?: string; stackTrace?: { callFrames?: StackFrameLike[] } } }) => {
    if (event.entry.level === "error" && fromExtension(event.entry)) errors.push(`log: ${event.entry.text}`)
  })
  await session.send("Runtime.enable")
  await session.send("Log.enable")
  return {
    errors,
    async stop() {
      await session.detach().catch(() => {})
    }
  }
}

/**
 * Collects uncaught errors and unhandled rejections inside an extension's service worker
 * from now on (installed by evaluating in the worker; read back with `read`).
 */
export async function watchWorkerErrors(worker: { evaluate<R>(fn: () => R): Promise<R> }): Promise<{ read(): Promise<string[]> }> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { __evphErrors?: string[]; addEventListener(type: string, fn: (e: any) => void): void }
    if (scope.__evphErrors) return
    const errors: string[] = []
    scope.__evphErrors = errors
    scope.addEventListener("error", (e) => errors.push(`error: ${e?.message ?? e}`))
    scope.addEventListener("unhandledrejection", (e) => errors.push(`unhandledrejection: ${e?.reason?.message ?? e?.reason}`))
  })
  return {
    read: () => worker.evaluate(() => [...((globalThis as unknown as { __evphErrors?: string[] }).__evphErrors ?? [])])
  }
}
