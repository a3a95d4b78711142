/**
 * `npm run bench`: what the extension costs the pages it runs on, measured in headless
 * Chromium against the same pages without it (and with two reference extensions: an empty
 * content script, the "floor", and our collapsed tab alone, "tab only"), plus
 * the Node-side cost of diagnosis and share codes and the built sizes. Prints a table with
 * the budgets and writes bench/results.json and bench/results.md. Method: bench/README.md.
 *
 *   npm run bench                       10 loads per page and variant (~8 min on 2 cores)
 *   npm run bench -- --loads 3 --quick  a smoke run (fewer samples; figures not for README)
 *   npm run bench -- --extension DIR    measure a copy of the build (e.g. while build/ is being rebuilt)
 *
 * Needs a current build (npm run build) and Debian's Chromium.
 */
import { rmSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, platform, release } from "node:os"
import { join, relative } from "node:path"

import { browserVersion } from "~test/e2e/cdp"
import { CHROME_BUILD, FIXTURES, ROOT, fixtureUrl, serveFixtures } from "~test/e2e/harness"

import { atMost, BUDGETS, type BudgetRow } from "./bench/budgets"
import { measureErrorToPanel } from "./bench/error-latency"
import { writeFloorExtension } from "./bench/floor-extension"
import { measureInPageReader } from "./bench/in-page-reader"
import { launchVariant, VARIANTS, type BenchBrowser, type Variant } from "./bench/launch"
import { measureNodeTimings } from "./bench/node-timings"
import { measureRecognizer } from "./bench/recognizer"
import { measureLoadsInterleaved, preparePerfObserver, SETTLE_MS, type LoadSample } from "./bench/page-loads"
import { budgetTableMarkdown, budgetTableText, formatValue, markdownTable } from "./bench/report"
import { measureBuiltSizes } from "./bench/sizes"
import { measureBusyInterleaved } from "./bench/spa-overhead"
import { measureTabDraw, type TabDrawResult } from "./bench/tab-draw"
import { writeTabOnlyExtension } from "./bench/tab-extension"
import { median, summarize, type Summary } from "./bench/stats"

const args = process.argv.slice(2)
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback
}
const QUICK = args.includes("--quick")
const extensionIndex = args.indexOf("--extension")
const EXTENSION = extensionIndex >= 0 && args[extensionIndex + 1] ? args[extensionIndex + 1] : CHROME_BUILD
const LOADS = option("loads", QUICK ? 3 : 10)
const LATENCY_SAMPLES = option("samples", QUICK ? 10 : 24)
const COLD_LATENCY_SAMPLES = QUICK ? 3 : 8
const SPA_ROUNDS = QUICK ? 1 : 3
const SPA_WINDOW_MS = QUICK ? 2000 : 4000
const NODE_ITERATIONS = QUICK ? 50 : 400
const IN_PAGE_ITERATIONS = QUICK ? 5 : 20
const TAB_DRAW_ROUNDS = QUICK ? 2 : 5

/** The five portal pages of issue 7 (us-esta has no card-entry fixture; its payment-method page stands in). */
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

interface PageResult {
  page: string
  url: string
  variants: Record<Variant, { taskMs: Summary; scriptMs: Summary; longTasks: Summary; longTaskMs: Summary; heapBytes: Summary; maxLayoutShift: number }>
  /** ours − none, medians. */
  addedTaskMs: number
  addedScriptMs: number
  addedLongTasks: number
  addedHeapBytes: number
  /** ours − floor, medians: the part our own code is responsible for. */
  addedTaskMsOverFloor: number
  /** tab only − none, medians: what drawing the collapsed tab alone costs. */
  tabOnlyAddedTaskMs: number
  /** ours − tab only, medians: reading, messaging and watching, on top of the tab. */
  addedTaskMsOverTab: number
  panelMountedLoads: number
  /** Loads on which the page's error opened the panel (its frame) by itself. */
  panelOpenedLoads: number
}

function summarizeLoads(samples: LoadSample[]) {
  return {
    taskMs: summarize(samples.map((s) => s.taskMs)),
    scriptMs: summarize(samples.map((s) => s.scriptMs)),
    longTasks: summarize(samples.map((s) => s.longTasks)),
    longTaskMs: summarize(samples.map((s) => s.longTaskMs)),
    heapBytes: summarize(samples.map((s) => s.heapBytes)),
    maxLayoutShift: Math.max(0, ...samples.map((s) => s.layoutShift))
  }
}

function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)
}

async function main() {
  const started = performance.now()
  if (!existsSync(join(EXTENSION, "manifest.json"))) throw new Error(`No build at ${EXTENSION}: run \`npm run build\` first.`)
  const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"))
  const floorDir = writeFloorExtension(manifest)
  const tabOnlyDir = await writeTabOnlyExtension(manifest)
  const extensionFor: Record<Variant, string | null> = { none: null, floor: floorDir, tab: tabOnlyDir, ours: EXTENSION }

  const files = Object.fromEntries([...LOAD_PAGES, SPA, ERROR_LATENCY].map((rel) => [fixtureUrl(join(FIXTURES, rel)), join(FIXTURES, rel)]))
  const urlOf = (rel: string) => fixtureUrl(join(FIXTURES, rel))

  const browsers: BenchBrowser[] = []
  try {
    for (const variant of VARIANTS) {
      const browser = await launchVariant(variant, extensionFor[variant])
      await serveFixtures(browser.context, files)
      await preparePerfObserver(browser.context)
      browsers.push(browser)
    }
    const chromium = await browserVersion(browsers[0].context)
    log(`${chromium}; ${LOADS} loads per page and variant, settle ${SETTLE_MS} ms`)

    const pages: PageResult[] = []
    for (const rel of LOAD_PAGES) {
      const samples = await measureLoadsInterleaved(browsers, urlOf(rel), LOADS)
      const variants = Object.fromEntries(VARIANTS.map((v) => [v, summarizeLoads(samples[v])])) as PageResult["variants"]
      const result: PageResult = {
        page: rel,
        url: urlOf(rel),
        variants,
        addedTaskMs: variants.ours.taskMs.median - variants.none.taskMs.median,
        addedScriptMs: variants.ours.scriptMs.median - variants.none.scriptMs.median,
        addedLongTasks: variants.ours.longTasks.median - variants.none.longTasks.median,
        addedHeapBytes: variants.ours.heapBytes.median - variants.none.heapBytes.median,
        addedTaskMsOverFloor: variants.ours.taskMs.median - variants.floor.taskMs.median,
        tabOnlyAddedTaskMs: variants.tab.taskMs.median - variants.none.taskMs.median,
        addedTaskMsOverTab: variants.ours.taskMs.median - variants.tab.taskMs.median,
        panelMountedLoads: samples.ours.filter((s) => s.panelMounted).length,
        panelOpenedLoads: samples.ours.filter((s) => s.panelOpened).length
      }
      pages.push(result)
      log(`${rel}: +${result.addedTaskMs.toFixed(1)} ms main thread (tab only +${result.tabOnlyAddedTaskMs.toFixed(1)} ms), +${result.addedScriptMs.toFixed(1)} ms script, +${(result.addedHeapBytes / 1e6).toFixed(2)} MB heap, tab on ${result.panelMountedLoads}/${LOADS}, panel opened itself on ${result.panelOpenedLoads}/${LOADS}`)
    }

    // The tab-only reference adds nothing to learn on a page that mutates: it draws once.
    const spaBrowsers = browsers.filter((b) => b.variant !== "tab")
    const spaSamples = await measureBusyInterleaved(spaBrowsers, urlOf(SPA), SPA_ROUNDS, SPA_WINDOW_MS)
    const spa = Object.fromEntries(spaBrowsers.map((b) => b.variant).map((v) => [v, { busyPercent: median(spaSamples[v].map((s) => s.busyPercent)), scriptPercent: median(spaSamples[v].map((s) => s.scriptPercent)) }])) as Record<Exclude<Variant, "tab">, { busyPercent: number; scriptPercent: number }>
    const spaExtra = spa.ours.busyPercent - spa.none.busyPercent
    log(`SPA: main thread busy ${spa.none.busyPercent.toFixed(2)} % without, ${spa.ours.busyPercent.toFixed(2)} % with the extension`)

    const ours = browsers.find((b) => b.variant === "ours")!
    const latencySamples = await measureErrorToPanel(ours, urlOf(ERROR_LATENCY), LATENCY_SAMPLES, COLD_LATENCY_SAMPLES)
    const latency = summarize(latencySamples.open)
    const coldLatency = summarize(latencySamples.cold)
    const missing = (samples: number[]) => samples.filter((s) => !Number.isFinite(s)).length
    log(`error → panel (open): p50 ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, ${missing(latencySamples.open)} never shown`)
    log(`error → panel (collapsed, opens itself): p50 ${coldLatency.median.toFixed(1)} ms, p95 ${coldLatency.p95.toFixed(1)} ms, ${missing(latencySamples.cold)} never shown`)

    const withoutExtension = browsers.find((b) => b.variant === "none")!
    const inPage = await measureInPageReader(withoutExtension, urlOf(DOM_10K), IN_PAGE_ITERATIONS)
    log(`in page (${inPage.elements} elements): detectStep+captureVisibleErrors ${inPage.stepAndErrors.median.toFixed(2)} ms, readPageState ${inPage.fullRead.median.toFixed(2)} ms`)

    const tabDraw: TabDrawResult[] = []
    for (const rel of TAB_DRAW_PAGES) {
      const result = await measureTabDraw(withoutExtension, rel, urlOf(rel), TAB_DRAW_ROUNDS)
      tabDraw.push(result)
      log(`tab drawn into a loaded page, warm, ${rel}: +${result.drawMs.toFixed(1)} ms main thread (with the panel's frame open +${result.drawWithFrameMs.toFixed(1)} ms)`)
    }

    for (const b of browsers.splice(0)) await b.close()

    const node = measureNodeTimings(NODE_ITERATIONS)
    log(`node: diagnose ${node.diagnose.median.toFixed(3)} ms, encode ${node.encodeShareCode.median.toFixed(3)} ms, decode ${node.decodeShareInput.median.toFixed(3)} ms`)

    const sizes = measureBuiltSizes(EXTENSION)
    const overlay = sizes.find((s) => /^overlay\.[0-9a-f]+\.js$/.test(s.file))
    const wholeRunSeconds = (performance.now() - started) / 1000

    const budgets: BudgetRow[] = [
      atMost("overlay content script, gzipped", overlay?.gzipBytes ?? Number.NaN, BUDGETS.overlayGzipBytes, "bytes"),
      ...pages.map((p) => atMost(`main-thread time added per load: ${p.page.replace(/^(sites|bench)\//, "").replace(/\.html$/, "")}`, p.addedTaskMs, BUDGETS.addedMainThreadMsPerLoad, "ms", "median, with − without")),
      atMost("error → panel, p95 (panel open)", latency.p95, BUDGETS.errorToPanelP95Ms, "ms", `${latency.n} of ${latencySamples.open.length} shown`),
      atMost("error → panel, p95 (panel collapsed: it opens and loads its frame)", coldLatency.p95, BUDGETS.errorToPanelP95Ms, "ms", `${coldLatency.n} of ${latencySamples.cold.length} shown`),
      atMost("extra main-thread time on the mutating SPA", spaExtra, BUDGETS.spaExtraMainThreadPercentPoints, "pp", "percentage points of wall time"),
      atMost("JS heap added (worst page)", Math.max(...pages.map((p) => p.addedHeapBytes)), BUDGETS.addedHeapBytes, "bytes", "median after GC, with − without"),
      atMost("layout shift caused (worst load)", Math.max(...pages.map((p) => p.variants.ours.maxLayoutShift - p.variants.none.maxLayoutShift)), BUDGETS.layoutShift, "CLS"),
      atMost("whole benchmark run", wholeRunSeconds, BUDGETS.wholeRunSeconds, "s"),
      // Issue 12: the recognizer's size, speed and cold start (scripts/bench/recognizer.ts).
      ...(await measureRecognizer()).budgets
    ]

    const machine = {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium,
      date: new Date().toISOString(),
      quick: QUICK
    }
    const results = {
      machine,
      method: { loadsPerPageAndVariant: LOADS, settleMs: SETTLE_MS, latencySamples: LATENCY_SAMPLES, coldLatencySamples: COLD_LATENCY_SAMPLES, spaRounds: SPA_ROUNDS, spaWindowMs: SPA_WINDOW_MS, nodeIterations: NODE_ITERATIONS, inPageIterations: IN_PAGE_ITERATIONS, tabDrawRounds: TAB_DRAW_ROUNDS },
      budgets,
      pages,
      spa: { ...spa, extraPercentPoints: spaExtra },
      errorToPanel: { ...latency, samples: latencySamples.open.map((s) => (Number.isFinite(s) ? Math.round(s * 10) / 10 : null)) },
      errorToPanelCold: { ...coldLatency, samples: latencySamples.cold.map((s) => (Number.isFinite(s) ? Math.round(s * 10) / 10 : null)) },
      inPageReader: inPage,
      tabDraw,
      node,
      sizes
    }

    console.log(`\n${budgetTableText(budgets)}\n`)
    const outDir = join(ROOT, "bench")
    mkdirSync(outDir, { recursive: true })
    writeFileSync(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`)
    writeFileSync(join(outDir, "results.md"), resultsMarkdown(results))
    log(`wrote ${relative(ROOT, join(outDir, "results.json"))} and results.md in ${wholeRunSeconds.toFixed(0)} s`)
  } finally {
    for (const b of browsers) await b.close()
    rmSync(floorDir, { recursive: true, force: true })
    rmSync(tabOnlyDir, { recursive: true, force: true })
  }
}

function resultsMarkdown(r: any): string {
  const ms = (v: number) => formatValue(v, "ms")
  const loads = markdownTable(
    ["page", "main thread without", "floor", "tab only", "with", "added", "added over floor", "added over tab only", "panel opened itself", "script added", "long tasks added", "heap added"],
    (r.pages as PageResult[]).map((p) => [
      p.page.replace(/\.html$/, ""),
      ms(p.variants.none.taskMs.median),
      ms(p.variants.floor.taskMs.median),
      ms(p.variants.tab.taskMs.median),
      ms(p.variants.ours.taskMs.median),
      ms(p.addedTaskMs),
      ms(p.addedTaskMsOverFloor),
      ms(p.addedTaskMsOverTab),
      `${p.panelOpenedLoads}/${r.method.loadsPerPageAndVariant}`,
      ms(p.addedScriptMs),
      String(p.addedLongTasks),
      formatValue(p.addedHeapBytes, "bytes")
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
  return [
    `<!-- Generated by \`npm run bench\`; do not edit by hand. -->`,
    `### Performance (${r.machine.date.slice(0, 10)}, ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.chromium}${r.machine.quick ? ", QUICK RUN" : ""})`,
    "",
    budgetTableMarkdown(r.budgets),
    "",
    `Per page load (median of ${r.method.loadsPerPageAndVariant} cold loads per variant; "floor" = an extension with an empty content script on the same pages; "tab only" = an extension that draws our collapsed tab after the page's first paint and does nothing else):`,
    "",
    loads,
    "",
    `Drawing the tab alone into a loaded page, its code already warm, with no extension at all (a lower bound for any in-page handle; median of ${r.method.tabDrawRounds} rounds, minus a round that draws nothing): ${(r.tabDraw as TabDrawResult[]).map((t) => `${t.page.replace(/\.html$/, "")} +${ms(t.drawMs)} (with the panel's frame open +${ms(t.drawWithFrameMs)})`).join("; ")}.`,
    "",
    `Mutating SPA (1,000 node changes per second): main thread busy ${r.spa.none.busyPercent.toFixed(2)} % without, ${r.spa.floor.busyPercent.toFixed(2)} % floor, ${r.spa.ours.busyPercent.toFixed(2)} % with the extension.`,
    `Error shown in the page → shown in the panel (an extension frame; both ends stamp epoch time): with the panel open p50 ${ms(r.errorToPanel.median)}, p95 ${ms(r.errorToPanel.p95)} (${r.errorToPanel.n} samples); with the panel collapsed on a fresh page, so that it opens by itself and loads its frame first, p50 ${ms(r.errorToPanelCold.median)}, p95 ${ms(r.errorToPanelCold.p95)} (${r.errorToPanelCold.n} samples, after the applicant's first click into the form; exact when the frame had been loaded ahead, an upper bound otherwise).`,
    "",
    node,
    "",
    sizes,
    ""
  ].join("\n")
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
