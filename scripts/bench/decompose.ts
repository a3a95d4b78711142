/**
 * Where "ours − tab only" goes (issue 15): the same cold loads as `npm run bench`, interleaved,
 * with two more reference extensions beside none, tab only and ours:
 * - floor: an empty content script on our matches (what any content-script extension costs);
 * - code: our built overlay bundle, evaluated but never started (its top-level code runs, the
 *   controller does not): what shipping this much code costs before it does anything.
 * So ours − tab only = (code − floor: evaluating our bundle) + (ours − code: reading the page,
 * talking to the background, drawing and watching) − (tab only − floor: the tab's own code and
 * drawing). A tool for the floor argument, not a budget; results go in bench/README.md.
 *
 *   npx tsx scripts/bench/decompose.ts [--loads N] [--rate 4] [--panel] [page …]     (needs a current build)
 *
 * `--rate 4` throttles the CPU as the bench's slow-laptop rows do (Emulation.setCPUThrottlingRate).
 * `--panel` adds a sixth reference, "panel": our panel drawn open after the first paint with its
 * placeholder and frame, nothing else (panel-open-extension.ts), the floor for pages whose error
 * opens the panel at load.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

import { CHROME_BUILD, FIXTURES, fixtureUrl, serveFixtures } from "~test/e2e/harness"

import { writeFloorExtension } from "./floor-extension"
import { writePanelOpenExtension } from "./panel-open-extension"
import { launchVariant, type BenchBrowser, type Variant } from "./launch"
import { measureLoadsInterleaved, preparePerfObserver, type LoadSample } from "./page-loads"
import { writeReferenceExtension } from "./reference-extension"
import { median } from "./stats"
import { writeTabOnlyExtension } from "./tab-extension"

const args = process.argv.slice(2)
const loadsAt = args.indexOf("--loads")
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 9
const rateAt = args.indexOf("--rate")
const RATE = rateAt >= 0 ? Number(args[rateAt + 1]) : 1
const PANEL = args.includes("--panel")
const named = args.filter((a, i) => !a.startsWith("--") && (loadsAt < 0 || i !== loadsAt + 1) && (rateAt < 0 || i !== rateAt + 1))
const PAGES = named.length
  ? named
  : ["sites/australia-immiaccount/card-entry.html", "sites/uk-visas/payment-method.html", "sites/us-esta/payment-method.html", "sites/vietnam-evisa/payment-method.html", "sites/india-evisa/confirmation-declined.html", "bench/dom-10k.html"]

/** The overlay bundle as built, with the guard it checks already set: it evaluates and stops. */
function codeOnlySource(): string {
  const file = readdirSync(CHROME_BUILD).find((f) => /^overlay\.[0-9a-f]+\.js$/.test(f))
  if (!file) throw new Error(`no overlay bundle in ${CHROME_BUILD}: run npm run build`)
  // contents/overlay/index.ts starts nothing when this global exists (a second injection).
  return `Object.defineProperty(globalThis, "__evisaPayHelperOverlay", { value: true });\n${readFileSync(join(CHROME_BUILD, file), "utf8")}`
}

async function main(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, "manifest.json"), "utf8"))
  const dirs: Record<string, string> = { floor: writeFloorExtension(manifest), code: writeReferenceExtension(manifest, "Code only (our overlay bundle, not started)", codeOnlySource()), tab: await writeTabOnlyExtension(manifest) }
  if (PANEL) dirs.panel = await writePanelOpenExtension(manifest)
  const variants: [string, string | null][] = [
    ["none", null],
    ["floor", dirs.floor!],
    ["code", dirs.code!],
    ["tab", dirs.tab!],
    ...(PANEL ? ([["panel", dirs.panel!]] as [string, string][]) : []),
    ["ours", CHROME_BUILD]
  ]
  const browsers: BenchBrowser[] = []
  try {
    for (const [name, dir] of variants) {
      // launchVariant only names the profile directory after the variant; ours is told apart by its name here.
      const browser = await launchVariant(name === "code" || name === "panel" ? "floor" : (name as Variant), dir)
      browsers.push({ ...browser, variant: name as never })
    }
    const files = Object.fromEntries(PAGES.map((rel) => [fixtureUrl(join(FIXTURES, rel)), join(FIXTURES, rel)]))
    for (const b of browsers) {
      await serveFixtures(b.context, files)
      await preparePerfObserver(b.context)
    }
    console.log(`${LOADS} cold loads per page and variant, interleaved${RATE > 1 ? `, CPU throttled ×${RATE}` : ""}; medians of main-thread time (CDP TaskDuration), ms`)
    console.log(["page", "none", "floor−none", "code−floor", "tab−floor", "ours−code", "ours−tab", "(ours−tab)/none"].join(" | "))
    for (const rel of PAGES) {
      const samples = (await measureLoadsInterleaved(browsers, fixtureUrl(join(FIXTURES, rel)), LOADS, { cpuThrottlingRate: RATE })) as Record<string, LoadSample[]>
      const m = Object.fromEntries(Object.entries(samples).map(([v, s]) => [v, median(s.map((x) => x.taskMs))])) as Record<string, number>
      const f = (x: number) => x.toFixed(1)
      console.log([rel.replace(/^(sites|bench)\//, "").replace(/\.html$/, ""), f(m.none!), f(m.floor! - m.none!), f(m.code! - m.floor!), f(m.tab! - m.floor!), f(m.ours! - m.code!), f(m.ours! - m.tab!), `${(((m.ours! - m.tab!) / m.none!) * 100).toFixed(0)}%`].join(" | "))
      if (PANEL) console.log(`    panel opened at load, nothing else: panel − tab ${f(m.panel! - m.tab!)} (${(((m.panel! - m.tab!) / m.none!) * 100).toFixed(0)}% of none); ours − panel ${f(m.ours! - m.panel!)} (${(((m.ours! - m.panel!) / m.none!) * 100).toFixed(0)}%)`)
      // Where the load event and LCP land for each variant (median ms from navigation start):
      // an empty content script's delay is what any extension matching the page costs it.
      const at = (key: "loadEventMs" | "lcpMs") => variants.map(([v]) => `${v} ${f(median(samples[v]!.map((x) => x[key])))}`).join(", ")
      console.log(`    load event: ${at("loadEventMs")} · LCP: ${at("lcpMs")}`)
    }
  } finally {
    for (const b of browsers) await b.close()
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true })
  }
}

await main()
