/**
 * `npx tsx scripts/compare-fasttext.ts`: the comparison written up in docs/recognizer.md.
 * Trains Debian's fastText (/usr/bin/fasttext, 0.9.2, `-thread 1`) on the same lines the
 * recognizer trains on (train.jsonl + the team corpus + the causes' examples), after the same
 * normalisation (Chinese split into characters so fastText's word n-grams become character
 * n-grams), and scores both on dev.jsonl the same way: top-1 class (13 categories + not-error)
 * on the certain error lines, text alone, no rules. Nothing here is shipped or tuned on dev.
 * Writes its work files under .tmp/fasttext/.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"

import { normalizeErrorText } from "~src/diagnosis/normalize-text"
import { committedModel, MODEL_JSON } from "~src/diagnosis/recognizer/committed-model"
import { recognize } from "~src/diagnosis/recognizer/model"
import { parseLabelledLines } from "~src/diagnosis/recognizer/training-data"
import { recognizerInput } from "~src/diagnosis/recognizer/vectorize"
import { realCorpusDir } from "./eval-diagnosis-paths"
import { loadTrainingLines } from "./train-recognizer"
import { RECOGNIZER_CLASSES, evidenceForMessage } from "~src/diagnosis/recognizer/training-data"

const FASTTEXT = "/usr/bin/fasttext"
const WORK = resolve(import.meta.dirname, "../.tmp/fasttext")

/** Normalised, Han characters spaced apart, punctuation dropped: what fastText reads. */
const forFastText = (text: string) =>
  normalizeErrorText(text)
    .replace(/([\p{Script=Han}])/gu, " $1 ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()

function main(): number {
  if (!existsSync(FASTTEXT)) {
    process.stderr.write(`compare-fasttext: ${FASTTEXT} not found (apt-get install fasttext)\n`)
    return 2
  }
  const folder = realCorpusDir()
  if (!existsSync(join(folder, "dev.jsonl"))) {
    process.stderr.write(`compare-fasttext: no real corpus at ${folder} (set CORPUS_DIR)\n`)
    return 2
  }
  mkdirSync(WORK, { recursive: true })
  const { lines } = loadTrainingLines(folder, [])
  writeFileSync(join(WORK, "train.txt"), `${lines.map((l) => `__label__${RECOGNIZER_CLASSES[l.label]} ${forFastText(l.text)}`).join("\n")}\n`)
  const dev = parseLabelledLines(readFileSync(join(folder, "dev.jsonl"), "utf8")).lines.filter((l) => !l.uncertain && l.category !== "not-error")
  writeFileSync(join(WORK, "dev.txt"), `${dev.map((l) => forFastText(l.text)).join("\n")}\n`)

  const out: string[] = []
  const settings = ["-epoch", "25", "-lr", "0.5", "-wordNgrams", "2", "-minn", "2", "-maxn", "4", "-dim", "50", "-bucket", "200000", "-thread", "1", "-seed", "1"]
  let started = performance.now()
  execFileSync(FASTTEXT, ["supervised", "-input", join(WORK, "train.txt"), "-output", join(WORK, "model"), ...settings], { stdio: "ignore" })
  const trainSeconds = (performance.now() - started) / 1000
  execFileSync(FASTTEXT, ["quantize", "-input", join(WORK, "train.txt"), "-output", join(WORK, "model"), "-qnorm", "-cutoff", "50000", "-thread", "1"], { stdio: "ignore" })
  for (const file of ["model.bin", "model.ftz"]) {
    started = performance.now()
    const predicted = execFileSync(FASTTEXT, ["predict", join(WORK, file), join(WORK, "dev.txt")], { encoding: "utf8", maxBuffer: 1 << 26 }).trim().split("\n")
    const ms = performance.now() - started
    const right = predicted.filter((p, i) => p.replace("__label__", "") === dev[i]!.category).length
    out.push(`fastText ${file}: ${((right / dev.length) * 100).toFixed(1)}% top-1 on ${dev.length} certain dev error lines (text alone); ${(statSync(join(WORK, file)).size / 1024).toFixed(0)} KB; predict ${ms.toFixed(0)} ms for all lines incl. process start and model load`)
  }
  out.push(`fastText training: ${trainSeconds.toFixed(1)} s (${settings.join(" ")})`)

  // The shipped recognizer on the same lines, with the rules' vote as it runs in diagnose().
  started = performance.now()
  let right = 0
  for (const line of dev) {
    const { ruleItems } = evidenceForMessage(line.text)
    if (recognize(committedModel(), recognizerInput(line.text, ruleItems)).best === line.category) right++
  }
  const ms = performance.now() - started
  out.push(`recognizer (logistic regression + rules' vote): ${((right / dev.length) * 100).toFixed(1)}% top-1 on the same lines; ${(MODEL_JSON.length / 1024).toFixed(0)} KB JSON; ${(ms / dev.length).toFixed(3)} ms per line incl. rules`)
  started = performance.now()
  right = 0
  for (const line of dev) if (recognize(committedModel(), recognizerInput(line.text, [])).best === line.category) right++
  out.push(`recognizer without the rules' vote: ${((right / dev.length) * 100).toFixed(1)}%`)
  process.stdout.write(`${out.join("\n")}\n`)
  return 0
}

process.exitCode = main()
