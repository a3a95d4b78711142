/**
 * `npm run eval:diagnosis [-- path/to/corpus.jsonl]`: scores the diagnosis knowledge base on
 * a labelled corpus — per-category precision and recall, top-1 accuracy, the non-error
 * false-positive rate and every miss. Exits 1 below the 90% top-1 bar.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

import { evaluateCorpus, parseCorpus } from "~src/diagnosis/corpus-evaluation"

export const TOP1_BAR = 0.9
const DEFAULT_CORPUS = fileURLToPath(new URL("../test/corpus/errors.jsonl", import.meta.url))

const percent = (x: number) => `${(x * 100).toFixed(1)}%`

function main(): number {
  const file = process.argv[2] ?? DEFAULT_CORPUS
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch {
    process.stderr.write(`eval-diagnosis: cannot read ${file}\n`)
    return 2
  }
  let result
  try {
    result = evaluateCorpus(parseCorpus(text))
  } catch (error) {
    process.stderr.write(`eval-diagnosis: ${(error as Error).message}\n`)
    return 2
  }
  const out: string[] = []
  out.push(`corpus: ${file} (${result.lines} lines, ${result.nonErrorLines} non-error)`, "")
  out.push("category                  expected predicted precision recall")
  for (const c of result.perCategory) {
    out.push(`${c.category.padEnd(26)}${String(c.expected).padStart(8)}${String(c.predicted).padStart(10)}${percent(c.precision).padStart(10)}${percent(c.recall).padStart(7)}`)
  }
  out.push("")
  out.push(`top-1 category accuracy: ${percent(result.top1Accuracy)} (bar ${percent(TOP1_BAR)})`)
  out.push(`top-1 cause accuracy:    ${percent(result.causeAccuracy)} over ${result.causeLines} lines with a cause`)
  out.push(`non-error false positives: ${percent(result.nonErrorFalsePositiveRate)}`)
  out.push("", `misses (${result.misses.length}):`)
  for (const m of result.misses) out.push(`  #${m.line} [${m.lang}] expected ${m.expected}, got ${m.got}: ${m.text}`)
  process.stdout.write(`${out.join("\n")}\n`)
  return result.top1Accuracy >= TOP1_BAR ? 0 : 1
}

process.exitCode = main()
