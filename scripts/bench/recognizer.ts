/**
 * The recognizer's budgets (issue 12): the model ≤ 300 KB gzipped (a packaged file the
 * background reads on its first diagnosis, src/diagnosis/recognizer/index.ts);
 * diagnose() ≤ 1 ms median per message with the model; cold start ≤ 50 ms slower than without it.
 *
 * - size: the committed model as packaged (its JSON, gzipped), and the built background
 *   bundle's gzipped size (which no longer holds it) when a build is present;
 * - diagnose(): each message of the team corpus (test/corpus/errors.jsonl, our own words) is
 *   diagnosed on its own, with the model (diagnose) and with the rules alone (rankCauses);
 * - cold start: the diagnosis code is bundled once with esbuild, as the background ships it
 *   (the model is not in the bundle), and run in fresh Node processes that answer one message,
 *   either after reading and loading the packaged model file as the background does on its first
 *   diagnosis (loadRecognizerModel; the background fetches its own packaged file, Node reads it
 *   from disk) or with no model, the rules alone (as before the recognizer). The time from
 *   process start to the answer, median of several runs, interleaved, is compared. This is the
 *   JavaScript part of a service worker's cold start (parse, evaluate, first answer), measured
 *   outside the browser; the browser's own start-up is the same with or without the model.
 *   Until 2026-12-05 the "with" bundle still held the model as a 700 KB string literal, as the
 *   background did until 2026-12-04, and "without" an emptied model; the difference was the same
 *   size (+38–50 ms since 2026-12-04 19:11) for other reasons. Profiled on the shipped path, the
 *   ~45 ms are: reading and decoding the file ~7 ms, JSON.parse ~10 ms, splitting the feature
 *   names and decoding the weights ~15 ms (Node 20 has no Uint8Array.fromBase64, so it takes the
 *   per-byte loop the browsers skip), and the rules' second, cold pass over the text for the
 *   recognizer's vote ~10 ms.
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
import { RECOGNIZER_MODEL_FILE } from "~src/diagnosis/recognizer/index"
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

/** The background's path to a first answer: the packaged model, when given, is read and loaded first. */
const COLD_ENTRY = `import { readFile } from "node:fs/promises"
import { diagnose } from "~src/diagnosis/index"
import { loadRecognizerModel, recognizerModel } from "~src/diagnosis/recognizer/index"
const modelFile = process.argv[2]
if (modelFile && !(await loadRecognizerModel(() => readFile(modelFile, "utf8")))) throw new Error("model not loaded")
const items = diagnose({ page: { siteId: null, step: "unknown" }, errors: [{ text: "Your card has expired", source: "text" }] })
process.stdout.write(String(performance.now()) + " " + items[0].cause + " " + (recognizerModel() ? "with" : "without"))`

async function bundle(entry: string, file: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    alias: { "~src": join(ROOT, "src") },
    logLevel: "silent"
  })
  const path = join(WORK, file)
  writeFileSync(path, result.outputFiles[0]!.text)
  return path
}

async function coldStart(runs: number): Promise<{ with: number; without: number }> {
  mkdirSync(WORK, { recursive: true })
  const script = await bundle(COLD_ENTRY, "cold-start.mjs")
  const modelFile = join(WORK, RECOGNIZER_MODEL_FILE)
  writeFileSync(modelFile, MODEL_JSON)
  const time = (...args: string[]) => {
    const [ms, , variant] = execFileSync(process.execPath, [script, ...args], { encoding: "utf8" }).split(" ")
    if (variant !== (args.length ? "with" : "without")) throw new Error(`cold start: expected a run ${args.length ? "with" : "without"} the model, got ${variant}`)
    return Number(ms)
  }
  const a: number[] = []
  const b: number[] = []
  // Interleaved so that a busy moment on the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    a.push(time(modelFile))
    b.push(time())
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
