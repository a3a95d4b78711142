import { readFileSync } from "node:fs"
import { join } from "node:path"

import { diagnose, evidenceFromPage } from "~src/diagnosis"
import "~src/diagnosis/recognizer/committed-model"
import type { Evidence } from "~src/diagnosis/types"
import { captureVisibleErrors } from "~src/page/capture-errors"
import { detectStep } from "~src/page/detect-step"
import { createPageReader } from "~src/page/page-reader"
import { READING_WORDS } from "~src/page/reading-words-data"
import { buildReport } from "~src/report/build"
import { decodeShareInput } from "~src/report/decode-share-input"
import { SAMPLE_INPUTS } from "~src/report/sample-reports"
import { encodeShareCode } from "~src/report/share-code"
import { findProfile } from "~src/sites/index"
import { FIXTURES } from "~test/e2e/harness"
import { loadHtml } from "~test/unit/page-fixture"

import { summarize, timeRuns, type Summary } from "./stats"

export interface NodeTimings {
  diagnose: Summary
  buildReport: Summary
  encodeShareCode: Summary
  decodeShareInput: Summary
  shareCodeChars: number
  /** detectStep + captureVisibleErrors on the 10,000-element page in happy-dom (secondary figure). */
  happyDomStepAndErrors: Summary
  happyDomElements: number
}

/** The seed's cases as the engine sees them: the sample reports' pages, environments, answers. */
function typicalEvidence(): Evidence[] {
  return SAMPLE_INPUTS.map((input) =>
    evidenceFromPage(input.pageState, {
      environment: input.environment,
      network: input.network,
      answers: input.answers,
      attempts: [],
      now: input.now.toISOString()
    })
  )
}

/** Each sample run `iterations` times; the figure is per call. */
function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, iterations: number): Summary {
  const perCall: number[] = []
  for (const item of items) perCall.push(...timeRuns(() => fn(item), iterations))
  return summarize(perCall)
}

/** The benchmark page with its 10,000 elements (happy-dom runs no page scripts, so build them here). */
function tenThousandElementPage() {
  const file = join(FIXTURES, "bench/dom-10k.html")
  const loaded = loadHtml(readFileSync(file, "utf8"))
  const rows: string[] = []
  for (let i = 0; i < 2000; i++) rows.push(`<tr><td>Application ${i}</td><td>Tourist e-Visa</td><td>Submitted</td><td>USD 25.00</td></tr>`)
  loaded.document.querySelector("#history tbody")!.innerHTML = rows.join("")
  return loaded
}

export function measureNodeTimings(iterations: number): NodeTimings {
  const evidence = typicalEvidence()
  const inputs = SAMPLE_INPUTS.map((input) => ({ ...input, diagnosis: diagnose(evidenceFromPage(input.pageState, { environment: input.environment, now: input.now.toISOString() })) }))
  const reports = inputs.map((input) => buildReport(input))
  const codes = reports.map((report) => encodeShareCode(report))
  for (const code of codes) {
    if (!decodeShareInput(code).ok) throw new Error("a sample share code does not decode: the benchmark would time a failure")
  }

  const page = tenThousandElementPage()
  const profile = findProfile(page.url)
  const now = new Date()
  const domIterations = Math.max(5, Math.round(iterations / 20))
  const happyDomStepAndErrors = summarize(
    timeRuns(() => {
      const reader = createPageReader(page.document, READING_WORDS)
      detectStep(page.document, page.url, profile, reader)
      captureVisibleErrors(page.document, profile, now, reader)
    }, domIterations, 2)
  )
  const happyDomElements = page.document.getElementsByTagName("*").length
  page.window.close()

  return {
    diagnose: timeEach(evidence, (e) => diagnose(e), iterations),
    buildReport: timeEach(inputs, (input) => buildReport(input), iterations),
    encodeShareCode: timeEach(reports, (report) => encodeShareCode(report), iterations),
    decodeShareInput: timeEach(codes, (code) => decodeShareInput(code), iterations),
    shareCodeChars: Math.max(...codes.map((c) => c.length)),
    happyDomStepAndErrors,
    happyDomElements
  }
}
