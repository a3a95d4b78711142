/**
 * Workbench: runs the extension's diagnosis pipeline from the command line (design.md
 * "Workbench"). No live environment: the evidence is the page or the text alone.
 *
 *   npm run -s diagnose -- --text "<error text>" [--url URL] [--lang en|zh-CN] [--json]
 *   npm run -s diagnose -- <saved-page.html> --url <URL> [--lang en|zh-CN] [--json]
 *   npm run -s diagnose -- --jsonl <file|->      (one Report v1 JSON per input line)
 *
 * Exit codes: 0 ok, 2 bad input (unknown flag, missing file, unreadable JSONL line).
 */
import { readFileSync } from "node:fs"
import { fileURLToPath, pathToFileURL } from "node:url"

import { Window } from "happy-dom"

import { diagnose, evidenceFromPage } from "~src/diagnosis/index"
import "~src/diagnosis/recognizer/committed-model"
import { renderDiagnosisText } from "~src/diagnosis/render-diagnosis"
import type { Locale } from "~src/i18n/locale"
import { toCapturedError } from "~src/page/capture-errors"
import { ErrorTimeline } from "~src/page/error-timeline"
import { readPageState } from "~src/page/page-state"
import type { PageState } from "~src/page/types"
import { buildReport } from "~src/report/build"
import type { ReportV1 } from "~src/report/schema"
import { findProfile } from "~src/sites/index"

export class UsageError extends Error {}

export interface WorkbenchOptions {
  mode: "text" | "html" | "jsonl"
  text?: string
  file?: string
  url?: string
  lang: Locale
  json: boolean
}

const USAGE = `usage:
  diagnose --text "<error text>" [--url URL] [--lang en|zh-CN] [--json]
  diagnose <saved-page.html> --url <URL> [--lang en|zh-CN] [--json]
  diagnose --jsonl <file|->`

const DEFAULT_URL = "https://unknown.invalid/"

export function parseArgs(argv: readonly string[]): WorkbenchOptions {
  const options: Partial<WorkbenchOptions> & { lang: Locale; json: boolean } = { lang: "en", json: false }
  const positional: string[] = []
  const value = (i: number, flag: string) => {
    const next = argv[i + 1]
    if (next === undefined) throw new UsageError(`${flag} needs a value`)
    return next
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    switch (arg) {
      case "--text":
        options.text = value(i++, arg)
        break
      case "--url":
        options.url = value(i++, arg)
        break
      case "--lang": {
        const lang = value(i++, arg)
        if (lang !== "en" && lang !== "zh-CN") throw new UsageError(`--lang must be en or zh-CN, not "${lang}"`)
        options.lang = lang
        break
      }
      case "--json":
        options.json = true
        break
      case "--jsonl":
        options.mode = "jsonl"
        options.file = value(i++, arg)
        break
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`)
        positional.push(arg)
    }
  }
  if (options.mode === "jsonl") {
    if (options.text !== undefined || positional.length) throw new UsageError("--jsonl takes no --text or page file")
    return { ...options, mode: "jsonl" }
  }
  if (options.text !== undefined) {
    if (positional.length) throw new UsageError("give either --text or a page file, not both")
    return { ...options, mode: "text" }
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? "give one page file" : "nothing to diagnose")
  if (!options.url) throw new UsageError("a saved page needs --url <original URL>")
  return { ...options, mode: "html", file: positional[0] }
}

function parseUrl(url: string | undefined): URL {
  try {
    return new URL(url ?? DEFAULT_URL)
  } catch {
    throw new UsageError(`not a URL: ${url}`)
  }
}

/** A page state for a message alone: the site from the URL, step unknown, one error. */
export function pageStateForText(text: string, url: URL, now: Date): PageState {
  const profile = findProfile(url)
  const error = toCapturedError(text, "text", now)
  return {
    site: profile ? { id: profile.id, name: profile.names, kind: profile.kind } : null,
    origin: url.origin,
    path: url.pathname,
    step: { id: "unknown", confidence: 0, evidence: [] },
    errors: error ? [error] : [],
    signals: { cardForm: false, otpInput: false, threeDSFrame: false, processing: false }
  }
}

export function pageStateForHtml(html: string, url: URL, now: Date): PageState {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true, disableMainFrameNavigation: true }
    }
  })
  try {
    window.document.write(html)
    return readPageState(window.document as unknown as Document, url, new ErrorTimeline(), now)
  } finally {
    void window.happyDOM.close()
  }
}

function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as { version?: string }
    return pkg.version ?? "0.0.0"
  } catch {
    return "0.0.0"
  }
}

export function reportFor(pageState: PageState, lang: Locale, now: Date): ReportV1 {
  const evidence = evidenceFromPage(pageState, { now: now.toISOString() })
  const profileZone = pageState.site ? findProfile(`${pageState.origin}${pageState.path}`)?.timeZone : undefined
  return buildReport({
    pageState,
    environment: {},
    network: [],
    diagnosis: diagnose(evidence),
    answers: {},
    tried: [],
    locale: lang,
    now,
    tool: { name: "evisa-pay-helper workbench", version: toolVersion() },
    ...(profileZone ? { portalTimeZone: profileZone } : {})
  })
}

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8")
  } catch {
    throw new UsageError(`cannot read ${file === "-" ? "standard input" : file}`)
  }
}

/** One output line per input line; a bad line gives an error object and exit code 2. */
export function runJsonl(input: string, lang: Locale, now: Date): { lines: string[]; errors: string[] } {
  const lines: string[] = []
  const errors: string[] = []
  input.split("\n").forEach((raw, index) => {
    if (!raw.trim()) return
    try {
      const record = JSON.parse(raw) as { text?: unknown; url?: unknown }
      if (typeof record?.text !== "string") throw new Error('needs a "text" string')
      if (record.url !== undefined && typeof record.url !== "string") throw new Error('"url" must be a string')
      const url = parseUrl(record.url as string | undefined)
      lines.push(JSON.stringify(reportFor(pageStateForText(record.text, url, now), lang, now)))
    } catch (error) {
      const message = error instanceof SyntaxError ? "not valid JSON" : (error as Error).message
      errors.push(`line ${index + 1}: ${message}`)
      lines.push(JSON.stringify({ error: message, line: index + 1 }))
    }
  })
  return { lines, errors }
}

export function main(argv: readonly string[]): number {
  let options: WorkbenchOptions
  try {
    options = parseArgs(argv)
    const now = new Date()
    if (options.mode === "jsonl") {
      const { lines, errors } = runJsonl(readInput(options.file!), options.lang, now)
      if (lines.length) process.stdout.write(`${lines.join("\n")}\n`)
      for (const e of errors) process.stderr.write(`diagnose: ${e}\n`)
      return errors.length ? 2 : 0
    }
    const url = parseUrl(options.url)
    const pageState = options.mode === "text" ? pageStateForText(options.text!, url, now) : pageStateForHtml(readInput(options.file!), url, now)
    if (options.json) {
      process.stdout.write(`${JSON.stringify(reportFor(pageState, options.lang, now), null, 2)}\n`)
    } else {
      const items = diagnose(evidenceFromPage(pageState, { now: now.toISOString() }))
      process.stdout.write(`${renderDiagnosisText(items, options.lang)}\n`)
    }
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`diagnose: ${error.message}\n${USAGE}\n`)
      return 2
    }
    throw error
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2))
