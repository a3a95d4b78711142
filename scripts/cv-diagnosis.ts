/**
 * `npx tsx scripts/cv-diagnosis.ts`: the whole diagnosis (rules + recognizer, as diagnose()
 * runs it) scored on held-out folds of train.jsonl, grouped by source as the trainer's
 * cross-validation is: each fold's lines are diagnosed with a model trained without them.
 * The figures are the ones eval:diagnosis prints for dev (top-1 on certain error lines, no
 * diagnosis, false alarms), so choices about how the recognizer and the rules vote together
 * are made here, on train, and dev stays for measuring.
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

import { evaluateRealCorpus, type RealCorpusLine } from "~src/diagnosis/corpus-evaluation"
import { committedModel } from "~src/diagnosis/recognizer/committed-model"
import type { RecognizerModel } from "~src/diagnosis/recognizer/model"
import { fitLogistic } from "~src/diagnosis/recognizer/train"
import { RECOGNIZER_CLASSES } from "~src/diagnosis/recognizer/training-data"
import { realCorpusDir } from "./eval-diagnosis-paths"
import { assignFolds, exportTrained, FOLDS, loadTrainingLines, SEED, toExamples, type Line } from "./train-recognizer"

export interface PipelineFigures {
  certainErrorLines: number
  top1: number
  top1Zh: number
  top1En: number
  noDiagnosisRate: number
  falseAlarmRate: number
}

/** Held-out diagnosis figures on train, with the committed model's settings (or the ones given). */
export function crossValidateDiagnosis(lines: readonly Line[], settings: Pick<RecognizerModel, "temperature" | "notErrorThreshold" | "training">, seed = SEED): PipelineFigures {
  const examples = toExamples(lines)
  const folds = assignFolds(lines)
  const sums = { certain: 0, right: 0, zh: 0, zhRight: 0, en: 0, enRight: 0, errors: 0, silent: 0, notErrors: 0, alarms: 0 }
  for (let f = 0; f < FOLDS; f++) {
    const held = (i: number) => lines[i]!.group !== null && folds.get(lines[i]!.group!) === f
    const dense = fitLogistic(
      examples.filter((_, i) => !held(i)),
      {
        classes: RECOGNIZER_CLASSES.length,
        seed,
        learningRate: 1,
        l2: Number(settings.training.l2),
        epochs: Number(settings.training.epochs),
        averageFromEpoch: typeof settings.training.averageFromEpoch === "number" ? settings.training.averageFromEpoch : undefined,
        ensemble: typeof settings.training.ensemble === "number" ? settings.training.ensemble : undefined
      }
    )
    const model = exportTrained(dense, settings.temperature, settings.notErrorThreshold)
    const heldOut: RealCorpusLine[] = lines
      .filter((_, i) => held(i))
      .map((l) => ({ text: l.text, lang: l.lang ?? "en", category: RECOGNIZER_CLASSES[l.label]!, uncertain: l.uncertain }))
    const r = evaluateRealCorpus(heldOut, { model })
    sums.certain += r.certainErrorLines
    sums.right += r.top1.overall * r.certainErrorLines
    sums.zh += r.top1.zhLines
    sums.zhRight += r.top1.zh * r.top1.zhLines
    sums.en += r.top1.enLines
    sums.enRight += r.top1.en * r.top1.enLines
    sums.errors += r.errorLines
    sums.silent += r.noDiagnosisRate * r.errorLines
    sums.notErrors += r.notErrorLines
    sums.alarms += r.falseAlarmRate * r.notErrorLines
  }
  return {
    certainErrorLines: sums.certain,
    top1: sums.right / sums.certain,
    top1Zh: sums.zhRight / sums.zh,
    top1En: sums.enRight / sums.en,
    noDiagnosisRate: sums.silent / sums.errors,
    falseAlarmRate: sums.alarms / sums.notErrors
  }
}

export const percent = (x: number) => `${(x * 100).toFixed(1)}%`

export function describeFigures(f: PipelineFigures): string {
  return `top-1 on certain error lines ${percent(f.top1)} of ${f.certainErrorLines} (zh ${percent(f.top1Zh)}, en ${percent(f.top1En)}) · no diagnosis ${percent(f.noDiagnosisRate)} · false alarms ${percent(f.falseAlarmRate)}`
}

function main(): number {
  const folder = realCorpusDir()
  if (!existsSync(join(folder, "train.jsonl"))) {
    process.stderr.write(`cv-diagnosis: no real corpus at ${folder} (set CORPUS_DIR)\n`)
    return 2
  }
  const { lines } = loadTrainingLines(folder, [])
  process.stdout.write(`held-out folds of train.jsonl, whole diagnosis: ${describeFigures(crossValidateDiagnosis(lines, committedModel()))}\n`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main()
