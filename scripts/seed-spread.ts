/**
 * `npm run seeds:diagnosis -- [--seeds 11,23,37] [--extra lines.jsonl]… [--paired] [--dev]`: how much the
 * diagnosis figures move with nothing but the trainer's seed (the order SGD sees the lines in).
 * For each seed the recognizer is trained as `train:recognizer` trains it (the file on disk is
 * not touched) and the whole diagnosis is scored on held-out folds of train.jsonl; with `--dev`,
 * also on dev.jsonl (measuring only, as eval:diagnosis does). `--extra` adds training files as
 * `train:recognizer -- --extra` does (solved cases, team-written lines): they are trained on in
 * every fold and never scored, so the folds say whether they help on sources nobody wrote.
 * With `--paired`, each seed is also trained without them, on the same folds, and the difference
 * is printed seed by seed: a gain seen at most seeds is worth more than a mean inside one seed's
 * spread (docs/recognizer.md weighs two catalogues this way).
 *
 * Why: one seed's figures moved by up to five points of dev top-1 between seeds (docs/
 * recognizer.md), more than most changes to the rules or the model move them. Judge a change
 * by the spread over seeds, not by one draw.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

import { evaluateRealCorpus } from "~src/diagnosis/corpus-evaluation"
import { parseLabelledLines } from "~src/diagnosis/recognizer/training-data"
import { crossValidateDiagnosis, describeFigures, percent, type PipelineFigures } from "./cv-diagnosis"
import { realCorpusDir } from "./eval-diagnosis-paths"
import { loadTrainingLines, SEED, train } from "./train-recognizer"

const DEFAULT_SEEDS = [SEED, 11, 23]

export function parseSeeds(argv: readonly string[]): number[] | string {
  const at = argv.indexOf("--seeds")
  if (at < 0) return DEFAULT_SEEDS
  const list = (argv[at + 1] ?? "").split(",").filter((s) => s.trim() !== "")
  const seeds = list.map(Number)
  if (seeds.length === 0 || seeds.some((s) => !Number.isInteger(s) || s < 0)) return `--seeds wants whole numbers separated by commas, got "${argv[at + 1] ?? ""}"`
  return seeds
}

/** The `--extra` files, in order; a flag without a file is an error. */
export function parseExtraFiles(argv: readonly string[]): string[] | string {
  const files: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "--extra") continue
    const file = argv[i + 1]
    if (!file || file.startsWith("--")) return "--extra wants a file of labelled lines (corpus format)"
    files.push(file)
  }
  return files
}

/** Seed by seed, what the extra lines changed on the held-out folds (the same lines scored in both runs). */
export function pairedSummary(seeds: readonly number[], without: readonly PipelineFigures[], withExtra: readonly PipelineFigures[]): string[] {
  const points = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x * 100).toFixed(1)}`
  const rows = seeds.map((seed, i) => {
    const a = without[i]!
    const b = withExtra[i]!
    return { seed, top1: b.top1 - a.top1, silent: b.noDiagnosisRate - a.noDiagnosisRate, alarms: b.falseAlarmRate - a.falseAlarmRate }
  })
  const mean = (key: "top1" | "silent" | "alarms") => rows.reduce((sum, r) => sum + r[key], 0) / rows.length
  const higher = rows.filter((r) => r.top1 > 0).length
  return [
    ...rows.map((r) => `seed ${r.seed}: top-1 ${points(r.top1)} · no diagnosis ${points(r.silent)} · false alarms ${points(r.alarms)} points with the extra lines`),
    `with the extra lines: top-1 higher at ${higher} of ${rows.length} seed${rows.length === 1 ? "" : "s"}; mean top-1 ${points(mean("top1"))}, no diagnosis ${points(mean("silent"))}, false alarms ${points(mean("alarms"))} points`
  ]
}

function spread(label: string, values: readonly number[]): string {
  return `${label} ${percent(Math.min(...values))}–${percent(Math.max(...values))} (mean ${percent(values.reduce((a, b) => a + b, 0) / values.length)})`
}

function main(argv: readonly string[]): number {
  const seeds = parseSeeds(argv)
  if (typeof seeds === "string") {
    process.stderr.write(`seed-spread: ${seeds}\n`)
    return 2
  }
  const extra = parseExtraFiles(argv)
  if (typeof extra === "string") {
    process.stderr.write(`seed-spread: ${extra}\n`)
    return 2
  }
  const folder = realCorpusDir()
  if (!existsSync(join(folder, "train.jsonl"))) {
    process.stderr.write(`seed-spread: no real corpus at ${folder} (set CORPUS_DIR)\n`)
    return 2
  }
  const withDev = argv.includes("--dev")
  const paired = argv.includes("--paired")
  if (paired && extra.length === 0) {
    process.stderr.write("seed-spread: --paired compares training with and without --extra files: give at least one\n")
    return 2
  }
  const { lines, notes } = loadTrainingLines(folder, extra)
  for (const note of notes) if (extra.length) process.stdout.write(`${note}\n`)
  const dev = withDev ? parseLabelledLines(readFileSync(join(folder, "dev.jsonl"), "utf8")).lines : []
  const folds: PipelineFigures[] = []
  const devTop1: number[] = []
  for (const seed of seeds) {
    const { model } = train(folder, extra, false, seed)
    const figures = crossValidateDiagnosis(lines, model, seed)
    folds.push(figures)
    process.stdout.write(`seed ${seed}${seed === SEED ? " (committed)" : ""}\n  held-out folds of train: ${describeFigures(figures)}\n`)
    if (withDev) {
      const r = evaluateRealCorpus(dev, { model })
      devTop1.push(r.top1.overall)
      process.stdout.write(
        `  dev.jsonl: top-1 ${percent(r.top1.overall)} (zh ${percent(r.top1.zh)}, en ${percent(r.top1.en)}) · no diagnosis ${percent(r.noDiagnosisRate)} · false alarms ${percent(r.falseAlarmRate)}\n`
      )
    }
  }
  process.stdout.write(`over ${seeds.length} seed${seeds.length === 1 ? "" : "s"}: ${spread("train-fold top-1", folds.map((f) => f.top1))}${withDev ? `; ${spread("dev top-1", devTop1)}` : ""}\n`)
  if (paired) {
    // The same seeds without the extra lines: the folds hold the same lines (extra lines are never scored).
    const base = loadTrainingLines(folder, []).lines
    const without = seeds.map((seed) => crossValidateDiagnosis(base, train(folder, [], false, seed).model, seed))
    for (const line of pairedSummary(seeds, without, folds)) process.stdout.write(`${line}\n`)
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
