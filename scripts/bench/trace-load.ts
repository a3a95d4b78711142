/**
 * Where a page load's main-thread time goes with our extension: loads a portal fixture at its
 * real URL a few times in Chromium with the built extension, records a DevTools trace of each
 * load, and prints the renderer main thread's time by kind of work and by script (ours vs the
 * page's). A tool for finding what to cut (issue 15), not a budget: `npm run bench` holds the
 * budgets.
 *
 *   npx tsx scripts/bench/trace-load.ts [fixture …] [--loads N]
 *
 * TRACE_DETAIL=1 also lists every trace event nested in the tasks that ran our code;
 * TRACE_LONG=1 lists each long task (≥ 50 ms) with its heaviest parts; EXT=dir traces another
 * build (a copy with one change, to compare).
 */
import { join } from "node:path"

import { fixtureUrl, launchWithExtension, serveFixtures } from "../../test/e2e/harness"

import { summarizeTrace, traceLoad } from "./trace"

const args = process.argv.slice(2)
const loadsAt = args.indexOf("--loads")
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 5
const files = args.filter((a, i) => !a.startsWith("--") && (loadsAt < 0 || i !== loadsAt + 1))
const FIXTURES = files.length ? files : ["test/fixtures/sites/uk-visas/payment-method.html", "test/fixtures/sites/australia-immiaccount/card-entry.html"]

async function main(): Promise<void> {
  const session = await launchWithExtension(process.env.EXT ? { extensionPath: process.env.EXT } : {})
  const origin = `chrome-extension://${session.extensionId}/`
  try {
    for (const file of FIXTURES) {
      const url = fixtureUrl(join(process.cwd(), file))
      await serveFixtures(session.context, { [url]: join(process.cwd(), file) })
      await traceLoad(session.context, url) // warm: disk and code caches
      const runs = []
      for (let i = 0; i < LOADS; i++) runs.push(summarizeTrace(await traceLoad(session.context, url), origin, Boolean(process.env.TRACE_DETAIL)))
      const ok = runs.filter((r): r is NonNullable<typeof r> => r !== null)
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] / 1000
      console.log(`\n${file}: main thread ${median(ok.map((r) => r.total)).toFixed(1)} ms (median of ${ok.length})`)
      for (const key of [...new Set(ok.flatMap((r) => [...r.byName.keys()]))].sort()) console.log(`  ${key.padEnd(40)} ${median(ok.map((r) => r.byName.get(key) ?? 0)).toFixed(2)} ms`)
      for (const key of [...new Set(ok.flatMap((r) => [...r.byScript.keys()]))].sort()) console.log(`  ${key.slice(0, 60).padEnd(60)} ${median(ok.map((r) => r.byScript.get(key) ?? 0)).toFixed(2)} ms`)
      if (process.env.TRACE_LONG) {
        ok.forEach((r, i) => r.longTasks.forEach((t) => console.log(`  load ${i + 1}: long task ${t.ms.toFixed(1)} ms, ${t.fromLoadMs.toFixed(0)} ms from load, ${t.runsOurs ? "runs ours" : "none of ours"}: ${t.parts.join(", ")}`)))
      }
    }
  } finally {
    await session.close()
  }
}

await main()
