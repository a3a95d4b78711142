/**
 * The recognizer's budgets (issue 12): the model ≤ 300 KB gzipped (a packaged file the
 * background reads on its first diagnosis, src/diagnosis/recognizer/index.ts);
 * diagnose() ≤ 1 ms median per message with the model; cold start ≤ 50 ms slower than without it.
 *
 * - size: the committed model as packaged (its JSON, gzipped), and the built background
 *   bundle's gzipped size (which no longer holds it) when a build is present;
 * - diagnose(): each message of the team corpus (test/corpus/errors.jsonl, our own words) is
 *   diagnosed on its own, with the model (diagnose) and with the rules alone (rankCauses);
 * - cold start: the diagnosis code is bundled twice with esbuild, once with the model and once
 *   with the same model emptied of its features (the very same code), and each bundle is run in fresh Node processes that import it and answer one message; the
 *   time from process start to the answer, median of several runs, is compared. This is the
 *   JavaScript part of a service worker's cold start (parse, evaluate, first answer), measured
 *   outside the browser; the browser's own start-up is the same with or without the model.
 *
 * `npx tsx scripts/bench/recognizer.ts` runs this part alone; scripts/bench.ts adds its rows.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"

import { build } from "esbuild"

import { diagnose } from "~src/diagnosis"
import { parseCorpus } from "~src/diagnosis/corpus-parse"
import { rankCauses } from "~src/diagnosis/engine"
import { MODEL_JSON } from "~src/diagnosis/recognizer/committed-model"
import { CAUSES } from "~src/diagnosis/registry"
import type { Evidence } from "~src/diagnosis/types"

import { atMost, type BudgetRow } from "./budgets"
import { median, summarize, type Summary } from "./stats"

const ROOT = resolve(import.meta.dirname, "../..")
const WORK = join(ROOT, ".tmp/bench-recognizer")

export const RECOGNIZER_BUDGETS = {
  modelGzipBytes: 300_000,
  diagnoseMedianMs: 1,
  coldStartAddedMs: 50
} as const

export interface RecognizerFigures {
  modelGzipBytes: number
  backgroundGzipBytes: number | null
  diagnosePerMessage: Summary
  rulesOnlyPerMessage: Summary
  coldStartWithMs: number
  coldStartWithoutMs: number
  coldStartRuns: number
}

function perMessage(texts: readonly string[], run: (evidence: Evidence) => unknown, repeats: number): Summary {
  const evidences: Evidence[] = texts.map((text) => ({ page: { siteId: null, step: "unknown" }, errors: [{ text, source: "text" }] }))
  for (const e of evidences) run(e) // warm up: compile the model's index, JIT the code
  const perLine = evidences.map((e) => {
    const times: number[] = []
    for (let i = 0; i < repeats; i++) {
      const started = performance.now()
      run(e)
      times.push(performance.now() - started)
    }
    return median(times)
  })
  return summarize(perLine)
}

const ENTRY_WITH = `import { diagnose } from "~src/diagnosis/index"
import "~src/diagnosis/recognizer/committed-model"
const items = diagnose({ page: { siteId: null, step: "unknown" }, errors: [{ text: "Your card has expired", source: "text" }] })
process.stdout.write(String(performance.now()) + " " + items[0].cause)`
/** The same model with no features: the "without" bundle runs the very same code. */
function emptyModelModule(): string {
  const model = { ...(JSON.parse(MODEL_JSON) as Record<string, unknown>), features: "", weights: "" }
  return `export const MODEL_JSON = ${JSON.stringify(JSON.stringify(model))}`
}

async function bundle(entry: string, file: string, withoutModel = false): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    alias: { "~src": join(ROOT, "src") },
    plugins: withoutModel ? [{ name: "empty-model", setup: (b) => b.onLoad({ filter: /model-data\.ts$/ }, () => ({ contents: emptyModelModule(), loader: "ts" })) }] : [],
    logLevel: "silent"
  })
  const path = join(WORK, file)
  writeFileSync(path, result.outputFiles[0]!.text)
  return path
}

async function coldStart(runs: number): Promise<{ with: number; without: number }> {
  mkdirSync(WORK, { recursive: true })
  const withModel = await bundle(ENTRY_WITH, "with-model.mjs")
  const withoutModel = await bundle(ENTRY_WITH, "without-model.mjs", true)
  const time = (file: string) => Number(execFileSync(process.execPath, [file], { encoding: "utf8" }).split(" ")[0])
  const a: number[] = []
  const b: number[] = []
  // Interleaved so that a busy moment on the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    a.push(time(withModel))
    b.push(time(withoutModel))
  }
  return { with: median(a), without: median(b) }
}

export async function measureRecognizer(options: { repeats?: number; coldRuns?: number } = {}): Promise<{ figures: RecognizerFigures; budgets: BudgetRow[] }> {
  const model = Buffer.from(MODEL_JSON)
  const background = join(ROOT, "build/chrome-mv3-prod/static/background/index.js")
  const texts = parseCorpus(readFileSync(join(ROOT, "test/corpus/errors.jsonl"), "utf8")).map((l) => l.text)
  const repeats = options.repeats ?? 15
  const diagnosePerMessage = perMessage(texts, (e) => diagnose(e), repeats)
  const rulesOnlyPerMessage = perMessage(texts, (e) => rankCauses(e, CAUSES, null), repeats)
  const coldRuns = options.coldRuns ?? 9
  const cold = await coldStart(coldRuns)
  const figures: RecognizerFigures = {
    modelGzipBytes: gzipSync(model).length,
    backgroundGzipBytes: existsSync(background) ? gzipSync(readFileSync(background)).length : null,
    diagnosePerMessage,
    rulesOnlyPerMessage,
    coldStartWithMs: cold.with,
    coldStartWithoutMs: cold.without,
    coldStartRuns: coldRuns
  }
  const budgets = [
    atMost(
      "recognizer model, gzipped",
      figures.modelGzipBytes,
      RECOGNIZER_BUDGETS.modelGzipBytes,
      "bytes",
      `the packaged file the background reads on its first diagnosis; ${figures.backgroundGzipBytes ? `background bundle without it ${(figures.backgroundGzipBytes / 1000).toFixed(1)} KB gzipped` : "no build to weigh the background bundle"}`
    ),
    atMost("diagnose() per message with the model (median)", diagnosePerMessage.median, RECOGNIZER_BUDGETS.diagnoseMedianMs, "ms", `${texts.length} team-corpus messages; rules alone ${rulesOnlyPerMessage.median.toFixed(3)} ms`),
    atMost("cold start added by the model (fresh process → first answer)", cold.with - cold.without, RECOGNIZER_BUDGETS.coldStartAddedMs, "ms", `median of ${coldRuns}: ${cold.with.toFixed(1)} ms with, ${cold.without.toFixed(1)} ms without`)
  ]
  return { figures, budgets }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { figures, budgets } = await measureRecognizer()
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`)
  for (const row of budgets) process.stdout.write(`${row.pass ? "PASS" : "MISS"}  ${row.metric}: ${row.value.toFixed(3)} ${row.unit} (budget ${row.budget}) ${row.note ?? ""}\n`)
}
