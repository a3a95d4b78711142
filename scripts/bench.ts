/**
 * `npm run bench`: what the extension costs the pages it runs on, measured in headless
 * Chromium against the same pages without it and with a reference extension that draws our
 * collapsed tab alone ("tab only"), at full speed and with the CPU throttled ×4 (a slow
 * laptop); how fast an error reaches the panel, with the service worker awake and asleep, and
 * in Firefox ESR;
 * the Node-side cost of diagnosis and share codes; the built sizes; and the sections other
 * areas add (EXTRA_SECTIONS). Prints a table with the budgets and writes bench/results.json
 * and bench/results.md. Method: bench/README.md.
 *
 *   npm run bench                       the full run (~8 min on 2 cores)
 *   npm run bench -- --quick            a smoke run (few samples; figures not for README, ~3 min)
 *   npm run bench -- --extension DIR    measure a copy of the build (e.g. while build/ is being rebuilt)
 *   --loads N, --throttled-loads N, --samples N, --trials N, --traced-loads N   sample counts
 *   --floor                              also load every page with an empty content script ("floor")
 *   --tab-draw                           also time drawing the tab into a loaded page, warm
 *
 * Needs a current build (npm run build), Debian's Chromium and, for the Firefox section, Firefox ESR.
 */
import { rmSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg, platform, release } from "node:os"
import { join, relative } from "node:path"

import { browserVersion } from "~test/e2e/cdp"
import { CHROME_BUILD, FIXTURES, ROOT, fixtureUrl, serveFixtures } from "~test/e2e/harness"

import { atMost, BUDGETS, CPU_THROTTLING_RATE, shareOf, type BudgetRow } from "./bench/budgets"
import { errorToPanelBudgets, errorToPanelData, errorToPanelSentence, measureErrorToPanel } from "./bench/error-latency"
import { measureFirefoxErrorToPanel } from "./bench/firefox-latency"
import { writeFloorExtension } from "./bench/floor-extension"
import { measureInPageReader } from "./bench/in-page-reader"
import { launchVariant, type BenchBrowser, type Variant } from "./bench/launch"
import { measureNodeTimings } from "./bench/node-timings"
import { measureRecognizer } from "./bench/recognizer"
import { measureLoadsInterleaved, preparePerfObserver, SETTLE_MS, type LoadSample } from "./bench/page-loads"
import { budgetTableMarkdown, budgetTableText, formatValue, markdownTable } from "./bench/report"
import type { BenchSection, BenchSectionResult } from "./bench/sections"
import { measureBuiltSizes } from "./bench/sizes"
import { measureErrorToPanelAsleep, WorkerControl, type SleepingWorkerTrial } from "./bench/sleeping-worker"
import { measureBusyInterleaved } from "./bench/spa-overhead"
import { measureTabDraw, type TabDrawResult } from "./bench/tab-draw"
import { writeTabOnlyExtension } from "./bench/tab-extension"
import { measureTyping, TYPING_PAGE } from "./bench/typing"
import { extensionOriginOf, summarizeTrace, traceLoad, type LongTask } from "./bench/trace"
import { median, round1, summarize, type Summary } from "./bench/stats"
import { ensureSystemDeps } from "./system-deps"

/** Figures other areas add to the run (see scripts/bench/sections.ts); each runs after the browsers close. */
const EXTRA_SECTIONS: BenchSection[] = [
  {
    // Issue 12: the recognizer's size, speed and cold start (scripts/bench/recognizer.ts).
    name: "recognizer",
    async run({ quick }) {
      const { figures, budgets } = await measureRecognizer(quick ? { repeats: 5, coldRuns: 3 } : {})
      const markdown = `Recognizer: model ${formatValue(figures.modelGzipBytes, "bytes")} gzipped; diagnose() median ${formatValue(figures.diagnosePerMessage.median, "ms")} per message (rules alone ${formatValue(figures.rulesOnlyPerMessage.median, "ms")}); cold start in Node, process start → first answer, median of ${figures.coldStartRuns}: ${formatValue(figures.coldStartWithMs, "ms")} with the model, ${formatValue(figures.coldStartWithoutMs, "ms")} without.`
      return { budgets, markdown, data: figures }
    }
  },
  {
    // Error → panel in Firefox ESR (scripts/bench/firefox-latency.ts): the same page and clocks as Chromium's rows.
    name: "firefox",
    run: ({ quick }) => measureFirefoxErrorToPanel(quick ? { samples: 10, coldSamples: 3 } : {})
  }
]

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback
}
const QUICK = args.includes("--quick")
const WITH_FLOOR = args.includes("--floor")
const WITH_TAB_DRAW = args.includes("--tab-draw")
const extensionIndex = args.indexOf("--extension")
const EXTENSION = extensionIndex >= 0 && args[extensionIndex + 1] ? args[extensionIndex + 1] : CHROME_BUILD
const LOADS = option("loads", QUICK ? 3 : 7)
const THROTTLED_LOADS = option("throttled-loads", QUICK ? 2 : 4)
const LATENCY_SAMPLES = option("samples", QUICK ? 10 : 20)
const COLD_LATENCY_SAMPLES = QUICK ? 3 : 6
const SLEEPING_TRIALS = option("trials", QUICK ? 4 : 20)
const SPA_ROUNDS = QUICK ? 1 : 2
/** Loads per variant (none, ours) on which the card number is typed. */
const TYPING_LOADS = QUICK ? 2 : 3
const SPA_WINDOW_MS = QUICK ? 2000 : 4000
const NODE_ITERATIONS = QUICK ? 50 : 300
const IN_PAGE_ITERATIONS = QUICK ? 5 : 15
const TAB_DRAW_ROUNDS = QUICK ? 2 : 5
/** Traced loads per page with our extension: which long tasks ran our code. */
const TRACED_LOADS = option("traced-loads", QUICK ? 1 : 3)
/** A traced load waits a fixed time (not for the tab): long enough for the tab's idle-time draw (its timeout is 1 s). */
const TRACE_SETTLE_MS = 1000

/** The five portal pages (us-esta has no card-entry fixture; its payment-method page stands in). */
const PORTAL_PAGES = [
  "sites/india-evisa/confirmation-declined.html",
  "sites/australia-immiaccount/card-entry.html",
  "sites/uk-visas/payment-method.html",
  "sites/us-esta/payment-method.html",
  "sites/vietnam-evisa/payment-method.html"
]
const DOM_10K = "bench/dom-10k.html"
const SPA = "bench/spa-mutating.html"
const ERROR_LATENCY = "bench/error-latency.html"
const LOAD_PAGES = [...PORTAL_PAGES, DOM_10K]
/** A small portal page and the big one: what drawing the tab alone costs them, warm. */
const TAB_DRAW_PAGES = ["sites/uk-visas/payment-method.html", DOM_10K]

type VariantSummary = ReturnType<typeof summarizeLoads>

interface PageResult {
  page: string
  url: string
  /** 1 = full speed; 4 = Emulation.setCPUThrottlingRate ×4. */
  cpuThrottlingRate: number
  loads: number
  variants: Partial<Record<Variant, VariantSummary>>
  /** The page's own main-thread time without the extension (median): what every share is of. */
  withoutMs: number
  /** ours − tab only, medians: reading, messaging and watching (and, on error pages, opening the panel's frame). */
  ownMs: number
  ownShare: number
  /** tab only − none and ours − none, medians (reported, no budget). */
  tabOnlyMs: number
  addedMs: number
  /** ours − floor (only with --floor). */
  addedOverFloorMs?: number
  addedScriptMs: number
  addedLongTasks: number
  addedHeapBytes: number
  /** ours vs none, medians, as a fraction: 0.05 = 5 % later. */
  loadEventLater: number
  lcpLater: number
  /** The same for tab only vs none: what any extension with a content script costs the load event (reported). */
  tabLoadEventLater: number
  /** The same for the largest contentful paint (reported). */
  tabLcpLater: number
  /** Long tasks (≥ 50 ms) that ran any of our code, most in one traced load (full-speed pages only). */
  longTasksRunningOurs?: number
  /** Of those, the ones our part made long (under 50 ms without it), most in one traced load. */
  longTasksMadeLongByUs?: number
  /** Every long task of the traced loads, ours or the page's own (full-speed pages only). */
  tracedLongTasks?: LongTask[]
  /** Loads on which the page's error opened the panel (its frame) by itself. */
  panelOpenedLoads: number
  /** Loads on which the tab (our host element) was in the page when the counters were read. */
  tabDrawnLoads: number
  /** The page shows an error at load, so the panel opens: the 25 % budget applies. */
  errorAtLoad: boolean
}

function summarizeLoads(samples: LoadSample[]) {
  return {
    taskMs: summarize(samples.map((s) => s.taskMs)),
    scriptMs: summarize(samples.map((s) => s.scriptMs)),
    longTasks: summarize(samples.map((s) => s.longTasks)),
    longTaskMs: summarize(samples.map((s) => s.longTaskMs)),
    heapBytes: summarize(samples.map((s) => s.heapBytes)),
    loadEventMs: summarize(samples.map((s) => s.loadEventMs)),
    lcpMs: summarize(samples.map((s) => s.lcpMs)),
    maxLayoutShift: Math.max(0, ...samples.map((s) => s.layoutShift))
  }
}

function pageResult(rel: string, url: string, samples: Partial<Record<Variant, LoadSample[]>>, loads: number, cpuThrottlingRate: number): PageResult {
  const variants = Object.fromEntries(Object.entries(samples).map(([v, s]) => [v, summarizeLoads(s!)])) as PageResult["variants"]
  const none = variants.none!
  const tab = variants.tab!
  const ours = variants.ours!
  const panelOpenedLoads = samples.ours!.filter((s) => s.panelOpened).length
  const later = (a: number, b: number) => (b > 0 ? a / b - 1 : Number.NaN)
  return {
    page: rel,
    url,
    cpuThrottlingRate,
    loads,
    variants,
    withoutMs: none.taskMs.median,
    ownMs: ours.taskMs.median - tab.taskMs.median,
    ownShare: shareOf(ours.taskMs.median - tab.taskMs.median, none.taskMs.median),
    tabOnlyMs: tab.taskMs.median - none.taskMs.median,
    addedMs: ours.taskMs.median - none.taskMs.median,
    ...(variants.floor ? { addedOverFloorMs: ours.taskMs.median - variants.floor.taskMs.median } : {}),
    addedScriptMs: ours.scriptMs.median - none.scriptMs.median,
    addedLongTasks: ours.longTasks.median - none.longTasks.median,
    addedHeapBytes: ours.heapBytes.median - none.heapBytes.median,
    loadEventLater: later(ours.loadEventMs.median, none.loadEventMs.median),
    lcpLater: later(ours.lcpMs.median, none.lcpMs.median),
    tabLoadEventLater: later(tab.loadEventMs.median, none.loadEventMs.median),
    tabLcpLater: later(tab.lcpMs.median, none.lcpMs.median),
    panelOpenedLoads,
    tabDrawnLoads: samples.ours!.filter((s) => s.panelMounted).length,
    errorAtLoad: panelOpenedLoads * 2 > samples.ours!.length
  }
}

const shortName = (rel: string) => rel.replace(/^(sites|bench)\//, "").replace(/\.html$/, "")

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)
}

function describeLoads(p: PageResult): string {
  return `${shortName(p.page)}${p.cpuThrottlingRate > 1 ? ` ×${p.cpuThrottlingRate}` : ""}: without ${p.withoutMs.toFixed(1)} ms; ours − tab only ${p.ownMs.toFixed(1)} ms (${(p.ownShare * 100).toFixed(1)} %); tab only − none ${p.tabOnlyMs.toFixed(1)} ms; ours − none ${p.addedMs.toFixed(1)} ms; load ${(p.loadEventLater * 100).toFixed(1)} % (at ${p.variants.none!.loadEventMs.median.toFixed(0)} ms without; tab only ${(p.tabLoadEventLater * 100).toFixed(1)} %) / LCP ${(p.lcpLater * 100).toFixed(1)} % later (tab only ${(p.tabLcpLater * 100).toFixed(1)} %); tab drawn ${p.tabDrawnLoads}/${p.loads}, panel opened itself ${p.panelOpenedLoads}/${p.loads}`
}

async function main() {
  if (!ensureSystemDeps(["chromium", "firefox", "cjk-fonts"], { purpose: "npm run bench" })) process.exit(1)
  const started = performance.now()
  const loadAverageAtStart = loadavg()
  if (!existsSync(join(EXTENSION, "manifest.json"))) throw new Error(`No build at ${EXTENSION}: run \`npm run build\` first.`)
  const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"))
  const floorDir = WITH_FLOOR ? writeFloorExtension(manifest) : null
  const tabOnlyDir = await writeTabOnlyExtension(manifest)
  const variantsRun: Variant[] = WITH_FLOOR ? ["none", "floor", "tab", "ours"] : ["none", "tab", "ours"]
  const extensionFor: Record<Variant, string | null> = { none: null, floor: floorDir, tab: tabOnlyDir, ours: EXTENSION }

  const files = Object.fromEntries([...LOAD_PAGES, SPA, ERROR_LATENCY].map((rel) => [fixtureUrl(join(FIXTURES, rel)), join(FIXTURES, rel)]))
  const urlOf = (rel: string) => fixtureUrl(join(FIXTURES, rel))

  const browsers: BenchBrowser[] = []
  let control: WorkerControl | null = null
  try {
    for (const variant of variantsRun) {
      const browser = await launchVariant(variant, extensionFor[variant])
      await serveFixtures(browser.context, files)
      await preparePerfObserver(browser.context)
      browsers.push(browser)
    }
    const chromium = await browserVersion(browsers[0].context)
    log(`${chromium}; ${LOADS} loads per page and variant (${THROTTLED_LOADS} at CPU ×${CPU_THROTTLING_RATE}), settle ${SETTLE_MS} ms; load average ${loadAverageAtStart.map((l) => l.toFixed(2)).join(" ")}`)

    const pages: PageResult[] = []
    for (const rel of LOAD_PAGES) {
      const result = pageResult(rel, urlOf(rel), await measureLoadsInterleaved(browsers, urlOf(rel), LOADS), LOADS, 1)
      pages.push(result)
      log(describeLoads(result))
    }
    // Which long tasks ran our code: "long tasks added" (ours − none, median counts) moves
    // with how Chromium splits the page's own parsing, layout and paint into tasks, which
    // varies from load to load with or without us; a trace names what ran in each.
    const oursBrowser = browsers.find((b) => b.variant === "ours")!
    const ourOrigin = await extensionOriginOf(oursBrowser.context)
    for (const page of pages) {
      const traced = []
      for (let i = 0; i < TRACED_LOADS; i++) traced.push(summarizeTrace(await traceLoad(oursBrowser.context, page.url, TRACE_SETTLE_MS), ourOrigin))
      const loadsTraced = traced.filter((t) => t !== null)
      const runningOurs = loadsTraced.map((t) => t.longTasks.filter((l) => l.runsOurs).length)
      page.tracedLongTasks = loadsTraced.flatMap((t) => t.longTasks)
      page.longTasksRunningOurs = Math.max(0, ...runningOurs)
      page.longTasksMadeLongByUs = Math.max(0, ...loadsTraced.map((t) => t.longTasks.filter((l) => l.madeLongByUs).length))
      log(`${shortName(page.page)}: ${TRACED_LOADS} traced loads, long tasks ${loadsTraced.map((t) => t.longTasks.length).join("/")}, running our code ${runningOurs.join("/")}`)
    }
    // A slow laptop: the same portal pages with the CPU throttled. Each browser has loaded them
    // already (disk and code caches warm), so no untimed load comes first.
    const throttledPages: PageResult[] = []
    const throttledBrowsers = browsers.filter((b) => b.variant !== "floor")
    for (const rel of PORTAL_PAGES) {
      const samples = await measureLoadsInterleaved(throttledBrowsers, urlOf(rel), THROTTLED_LOADS, { cpuThrottlingRate: CPU_THROTTLING_RATE, warmUp: false })
      const result = pageResult(rel, urlOf(rel), samples, THROTTLED_LOADS, CPU_THROTTLING_RATE)
      throttledPages.push(result)
      log(describeLoads(result))
    }

    // The tab-only reference adds nothing to learn on a page that mutates: it draws once.
    const spaBrowsers = browsers.filter((b) => b.variant !== "tab")
    const spaSamples = await measureBusyInterleaved(spaBrowsers, urlOf(SPA), SPA_ROUNDS, SPA_WINDOW_MS)
    const spa = Object.fromEntries(spaBrowsers.map((b) => b.variant).map((v) => [v, { busyPercent: median(spaSamples[v].map((s) => s.busyPercent)), scriptPercent: median(spaSamples[v].map((s) => s.scriptPercent)) }])) as Partial<Record<Variant, { busyPercent: number; scriptPercent: number }>>
    const spaExtra = spa.ours!.busyPercent - spa.none!.busyPercent
    log(`SPA: main thread busy ${spa.none!.busyPercent.toFixed(2)} % without, ${spa.ours!.busyPercent.toFixed(2)} % with the extension`)

    // Typing the card number: the page's key handlers and next frames, without and with us.
    const typing = await measureTyping(browsers.filter((b) => b.variant === "none" || b.variant === "ours"), TYPING_LOADS)
    const keys = (v: string) => typing.variants[v]!
    log(`typing: key → handler p95 ${keys("none").delayP95.toFixed(1)} ms without, ${keys("ours").delayP95.toFixed(1)} ms with; key → next frame worst ${keys("none").frameMax.toFixed(1)} ms without, ${keys("ours").frameMax.toFixed(1)} ms with`)

    const ours = browsers.find((b) => b.variant === "ours")!
    const latencySamples = await measureErrorToPanel(ours, urlOf(ERROR_LATENCY), LATENCY_SAMPLES, COLD_LATENCY_SAMPLES)
    const latency = errorToPanelData(latencySamples)
    const missing = (samples: number[]) => samples.filter((s) => !Number.isFinite(s)).length
    const caseWords = {
      open: "open",
      cold: "collapsed, opens itself; frame loaded ahead after a click",
      untouched: "collapsed, no input before the error: the frame loads as it opens",
      placeholder: "the same, the placeholder under the loading frame",
      processing: 'collapsed, no input; the page said "processing" first'
    } as const
    for (const [c, words] of Object.entries(caseWords) as [keyof typeof caseWords, string][]) {
      log(`error → panel (${words}): p50 ${latency[c].median.toFixed(1)} ms, p95 ${latency[c].p95.toFixed(1)} ms, ${missing(latencySamples[c])} never shown`)
    }

    control = await WorkerControl.open(ours)
    const asleep = await measureErrorToPanelAsleep(ours, control, urlOf(ERROR_LATENCY), SLEEPING_TRIALS)
    const asleepThrottled = await measureErrorToPanelAsleep(ours, control, urlOf(ERROR_LATENCY), SLEEPING_TRIALS, CPU_THROTTLING_RATE)
    const sleeping = summarizeSleeping(asleep)
    const sleepingThrottled = summarizeSleeping(asleepThrottled)
    log(`error → panel, worker asleep: diagnosis p50 ${sleeping.diagnosed.median.toFixed(1)} ms, p95 ${sleeping.diagnosed.p95.toFixed(1)} ms (error text p95 ${sleeping.shown.p95.toFixed(1)} ms), ${missing(asleep.map((t) => t.diagnosedMs))} never`)
    log(`error → panel, worker asleep, CPU ×${CPU_THROTTLING_RATE}: diagnosis p50 ${sleepingThrottled.diagnosed.median.toFixed(1)} ms, p95 ${sleepingThrottled.diagnosed.p95.toFixed(1)} ms (error text p95 ${sleepingThrottled.shown.p95.toFixed(1)} ms), ${missing(asleepThrottled.map((t) => t.diagnosedMs))} never`)
    await control.close()
    control = null

    const withoutExtension = browsers.find((b) => b.variant === "none")!
    const inPage = await measureInPageReader(withoutExtension, urlOf(DOM_10K), IN_PAGE_ITERATIONS)
    log(`in page (${inPage.elements} elements): detectStep+captureVisibleErrors ${inPage.stepAndErrors.median.toFixed(2)} ms, readPageState ${inPage.fullRead.median.toFixed(2)} ms`)

    const tabDraw: TabDrawResult[] = []
    if (WITH_TAB_DRAW) {
      for (const rel of TAB_DRAW_PAGES) {
        const result = await measureTabDraw(withoutExtension, rel, urlOf(rel), TAB_DRAW_ROUNDS)
        tabDraw.push(result)
        log(`tab drawn into a loaded page, warm, ${rel}: +${result.drawMs.toFixed(1)} ms main thread (with the panel's frame open +${result.drawWithFrameMs.toFixed(1)} ms)`)
      }
    }

    for (const b of browsers.splice(0)) await b.close()

    const node = measureNodeTimings(NODE_ITERATIONS)
    log(`node: diagnose ${node.diagnose.median.toFixed(3)} ms, encode ${node.encodeShareCode.median.toFixed(3)} ms, decode ${node.decodeShareInput.median.toFixed(3)} ms`)

    const sections: Record<string, BenchSectionResult> = {}
    for (const section of EXTRA_SECTIONS) {
      sections[section.name] = await section.run({ quick: QUICK, extensionDir: EXTENSION, log })
    }

    const sizes = measureBuiltSizes(EXTENSION)
    const overlay = sizes.find((s) => /^overlay\.[0-9a-f]+\.js$/.test(s.file))
    const wholeRunSeconds = (performance.now() - started) / 1000

    const ownShareBudget = (p: PageResult) => (p.cpuThrottlingRate > 1 ? BUDGETS.ownShareThrottled : p.errorAtLoad ? BUDGETS.ownShareErrorAtLoad : BUDGETS.ownShareNoErrorAtLoad)
    const ownShareRow = (p: PageResult) =>
      atMost(
        `ours − tab only, share of the page's own time: ${shortName(p.page)}${p.cpuThrottlingRate > 1 ? ` (CPU ×${p.cpuThrottlingRate})` : ""}`,
        p.ownShare,
        ownShareBudget(p),
        "share",
        `${formatValue(p.ownMs, "ms")} of ${formatValue(p.withoutMs, "ms")}${p.errorAtLoad ? "; error at load opens the panel" : ""}`
      )
    const budgets: BudgetRow[] = [
      atMost("overlay content script, gzipped", overlay?.gzipBytes ?? Number.NaN, BUDGETS.overlayGzipBytes, "bytes"),
      ...pages.map(ownShareRow),
      ...throttledPages.map(ownShareRow),
      atMost("load event later, ours vs none (worst page)", Math.max(...pages.map((p) => p.loadEventLater)), BUDGETS.loadEventLater, "share", worstOf(pages, (p) => p.loadEventLater)),
      atMost("largest contentful paint later, ours vs none (worst page)", Math.max(...pages.map((p) => p.lcpLater)), BUDGETS.lcpLater, "share", worstOf(pages, (p) => p.lcpLater)),
      atMost(
        "long tasks added per load (worst page): long tasks our code made long (under 50 ms without our part in them)",
        Math.max(...pages.map((p) => p.longTasksMadeLongByUs ?? Number.NaN)),
        BUDGETS.addedLongTasks,
        "",
        `most in one of ${TRACED_LOADS} traced loads; long tasks that ran any of our code ${Math.max(...pages.map((p) => p.longTasksRunningOurs ?? 0))}; median count ours − none ${Math.max(...pages.map((p) => p.addedLongTasks))}; see the table`
      ),
      ...errorToPanelBudgets(latencySamples),
      atMost("error → panel with its diagnosis, p95, service worker asleep", sleeping.diagnosed.p95, BUDGETS.sleepingWorkerP95Ms, "ms", `${sleeping.diagnosed.n} of ${asleep.length} shown`),
      atMost(`error → panel with its diagnosis, p95, service worker asleep, CPU ×${CPU_THROTTLING_RATE}`, sleepingThrottled.diagnosed.p95, BUDGETS.sleepingWorkerThrottledP95Ms, "ms", `${sleepingThrottled.diagnosed.n} of ${asleepThrottled.length} shown`),
      atMost("extra main-thread time on the mutating SPA", spaExtra, BUDGETS.spaExtraMainThreadPercentPoints, "pp", "percentage points of wall time"),
      atMost("JS heap added (worst page)", Math.max(...pages.map((p) => p.addedHeapBytes)), BUDGETS.addedHeapBytes, "bytes", "median after GC, with − without"),
      atMost("layout shift caused (worst load)", Math.max(...pages.map((p) => p.variants.ours!.maxLayoutShift - p.variants.none!.maxLayoutShift)), BUDGETS.layoutShift, "CLS"),
      ...Object.values(sections).flatMap((s) => s.budgets),
      atMost("whole benchmark run", wholeRunSeconds, BUDGETS.wholeRunSeconds, "s", QUICK ? "quick run" : undefined)
    ]

    const machine = {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium,
      date: new Date().toISOString(),
      // The 1, 5 and 15 minute load averages at the start and the end: other work on the machine.
      loadAverage: { start: loadAverageAtStart, end: loadavg() },
      quick: QUICK
    }
    const results = {
      machine,
      method: { loadsPerPageAndVariant: LOADS, throttledLoadsPerPageAndVariant: THROTTLED_LOADS, cpuThrottlingRate: CPU_THROTTLING_RATE, settleMs: SETTLE_MS, variants: variantsRun, latencySamples: LATENCY_SAMPLES, coldLatencySamples: COLD_LATENCY_SAMPLES, sleepingWorkerTrials: SLEEPING_TRIALS, spaRounds: SPA_ROUNDS, typingLoads: TYPING_LOADS, tracedLoads: TRACED_LOADS, spaWindowMs: SPA_WINDOW_MS, nodeIterations: NODE_ITERATIONS, inPageIterations: IN_PAGE_ITERATIONS, tabDrawRounds: WITH_TAB_DRAW ? TAB_DRAW_ROUNDS : 0 },
      budgets,
      pages,
      throttledPages,
      spa: { ...spa, extraPercentPoints: spaExtra },
      typing,
      errorToPanel: latency.open,
      errorToPanelCold: latency.cold,
      errorToPanelUntouched: latency.untouched,
      errorToPanelPlaceholder: latency.placeholder,
      errorToPanelProcessing: latency.processing,
      errorToPanelAsleep: { ...sleeping, trials: asleep.map((t) => ({ errorShownMs: round1(t.errorShownMs), diagnosedMs: round1(t.diagnosedMs) })) },
      errorToPanelAsleepThrottled: { ...sleepingThrottled, trials: asleepThrottled.map((t) => ({ errorShownMs: round1(t.errorShownMs), diagnosedMs: round1(t.diagnosedMs) })) },
      inPageReader: inPage,
      tabDraw,
      node,
      sections: Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, s.data])),
      sizes
    }

    console.log(`\n${budgetTableText(budgets)}\n`)
    const outDir = join(ROOT, "bench")
    mkdirSync(outDir, { recursive: true })
    writeFileSync(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`)
    writeFileSync(join(outDir, "results.md"), resultsMarkdown(results, Object.values(sections).map((s) => s.markdown)))
    log(`wrote ${relative(ROOT, join(outDir, "results.json"))} and results.md in ${wholeRunSeconds.toFixed(0)} s; load average ${machine.loadAverage.end.map((l) => l.toFixed(2)).join(" ")}`)
  } finally {
    await control?.close()
    for (const b of browsers) await b.close()
    if (floorDir) rmSync(floorDir, { recursive: true, force: true })
    rmSync(tabOnlyDir, { recursive: true, force: true })
  }
}

function summarizeSleeping(trials: SleepingWorkerTrial[]): { shown: Summary; diagnosed: Summary } {
  return { shown: summarize(trials.map((t) => t.errorShownMs)), diagnosed: summarize(trials.map((t) => t.diagnosedMs)) }
}

function worstOf(pages: PageResult[], value: (p: PageResult) => number): string {
  const worst = pages.reduce((a, b) => (value(b) > value(a) ? b : a))
  return shortName(worst.page)
}

function resultsMarkdown(r: any, extraMarkdown: string[]): string {
  const ms = (v: number) => formatValue(v, "ms")
  const pct = (v: number) => formatValue(v, "share")
  const loadsTable = (pages: PageResult[]) =>
    markdownTable(
      ["page", "without", "tab only − none", "ours − none", "ours − tab only", "share of without", "budget", "load event later (tab only)", "LCP later (tab only)", "long tasks added (median count)", "long tasks with our code in them (traced)", "heap added", "panel opened itself"],
      pages.map((p) => [
        shortName(p.page),
        ms(p.withoutMs),
        ms(p.tabOnlyMs),
        ms(p.addedMs),
        ms(p.ownMs),
        pct(p.ownShare),
        `≤ ${pct(p.cpuThrottlingRate > 1 ? BUDGETS.ownShareThrottled : p.errorAtLoad ? BUDGETS.ownShareErrorAtLoad : BUDGETS.ownShareNoErrorAtLoad)}`,
        `${pct(p.loadEventLater)} (${pct(p.tabLoadEventLater)})`,
        `${pct(p.lcpLater)} (${pct(p.tabLcpLater)})`,
        String(p.addedLongTasks),
        p.tracedLongTasks ? `${p.longTasksMadeLongByUs ?? "—"} made long by us, ${p.longTasksRunningOurs} ran ours (of ${p.tracedLongTasks.length} long tasks in ${r.method.tracedLoads} loads)` : "—",
        formatValue(p.addedHeapBytes, "bytes"),
        `${p.panelOpenedLoads}/${p.loads}`
      ])
    )
  const node = markdownTable(
    ["operation", "median", "p95"],
    [
      ["diagnose() on the seed's cases (Node)", ms(r.node.diagnose.median), ms(r.node.diagnose.p95)],
      ["buildReport() (Node)", ms(r.node.buildReport.median), ms(r.node.buildReport.p95)],
      ["encodeShareCode() (Node)", ms(r.node.encodeShareCode.median), ms(r.node.encodeShareCode.p95)],
      ["decodeShareInput() incl. schema check (Node)", ms(r.node.decodeShareInput.median), ms(r.node.decodeShareInput.p95)],
      [`detectStep + captureVisibleErrors, ${r.inPageReader.elements} elements (Chromium)`, ms(r.inPageReader.stepAndErrors.median), ms(r.inPageReader.stepAndErrors.p95)],
      [`readPageState, ${r.inPageReader.elements} elements (Chromium)`, ms(r.inPageReader.fullRead.median), ms(r.inPageReader.fullRead.p95)],
      [`detectStep + captureVisibleErrors, ${r.node.happyDomElements} elements (happy-dom, secondary)`, ms(r.node.happyDomStepAndErrors.median), ms(r.node.happyDomStepAndErrors.p95)]
    ]
  )
  const sizes = markdownTable(
    ["file", "loaded as", "raw", "gzipped"],
    (r.sizes as ReturnType<typeof measureBuiltSizes>).map((s) => [s.file, s.role, formatValue(s.rawBytes, "bytes"), formatValue(s.gzipBytes, "bytes")])
  )
  const asleep = (a: any) => `diagnosis shown p50 ${ms(a.diagnosed.median)}, p95 ${ms(a.diagnosed.p95)} (error text shown p50 ${ms(a.shown.median)}, p95 ${ms(a.shown.p95)}; ${a.diagnosed.n} of ${a.trials.length} trials)`
  const load = r.machine.loadAverage
  return [
    `<!-- Generated by \`npm run bench\`; do not edit by hand. -->`,
    `### Performance (${r.machine.date.slice(0, 16).replace("T", " ")} UTC, ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.chromium}${r.machine.quick ? ", QUICK RUN" : ""})`,
    "",
    `Load average (1, 5, 15 min) at the start ${load.start.map((l: number) => l.toFixed(2)).join(", ")}, at the end ${load.end.map((l: number) => l.toFixed(2)).join(", ")}.`,
    "",
    budgetTableMarkdown(r.budgets),
    "",
    `Per page load, main-thread time (CDP TaskDuration), median of ${r.method.loadsPerPageAndVariant} cold loads per variant, interleaved in one run. "without" = no extension; "tab only" = a reference extension that draws our collapsed tab when ours does (idle time after the load event) and nothing else; shares are of "without":`,
    "",
    loadsTable(r.pages),
    "",
    `The same on the five portal pages with the CPU throttled ×${r.method.cpuThrottlingRate} (a slow laptop), median of ${r.method.throttledLoadsPerPageAndVariant} loads:`,
    "",
    loadsTable(r.throttledPages),
    "",
    ...((r.tabDraw as TabDrawResult[]).length
      ? [`Drawing the tab alone into a loaded page, its code already warm, with no extension at all (median of ${r.method.tabDrawRounds} rounds, minus a round that draws nothing): ${(r.tabDraw as TabDrawResult[]).map((t) => `${t.page.replace(/\.html$/, "")} +${ms(t.drawMs)} (with the panel's frame open +${ms(t.drawWithFrameMs)})`).join("; ")}.`, ""]
      : []),
    `Mutating SPA (1,000 node changes per second): main thread busy ${r.spa.none.busyPercent.toFixed(2)} % without, ${r.spa.ours.busyPercent.toFixed(2)} % with the extension.`,
    `Typing a card number on ${TYPING_PAGE.replace(/^sites\//, "").replace(/\.html$/, "")} (${r.method.typingLoads} loads per variant, ${r.typing.variants.ours.keys / r.method.typingLoads} key presses per load; reported, no budget): key press → the page's own handler p50/p95/worst ${["none", "ours"].map((v) => `${v === "none" ? "without" : "with the extension"} ${ms(r.typing.variants[v].delayP50)} / ${ms(r.typing.variants[v].delayP95)} / ${ms(r.typing.variants[v].delayMax)}`).join(", ")}; key press → next frame p50/p95/worst ${["none", "ours"].map((v) => `${v === "none" ? "without" : "with"} ${ms(r.typing.variants[v].frameP50)} / ${ms(r.typing.variants[v].frameP95)} / ${ms(r.typing.variants[v].frameMax)}`).join(", ")}.`,
    `Error shown in the page → shown in the panel (an extension frame; both ends stamp epoch time): ${errorToPanelSentence({ open: r.errorToPanel, cold: r.errorToPanelCold, untouched: r.errorToPanelUntouched, placeholder: r.errorToPanelPlaceholder, processing: r.errorToPanelProcessing })}`,
    `With the service worker stopped (CDP ServiceWorker.stopAllWorkers) before the error: ${asleep(r.errorToPanelAsleep)}; with the page and the panel's frame throttled ×${r.method.cpuThrottlingRate}: ${asleep(r.errorToPanelAsleepThrottled)}.`,
    "",
    node,
    "",
    sizes,
    "",
    ...extraMarkdown.filter((m) => m.trim() !== "").flatMap((m) => [m, ""])
  ].join("\n")
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
