/**
 * The real-page set (test/fixtures/real/, see its README): loading the pages with their
 * expectations, running the workbench pipeline on them (the one `npm run diagnose` uses for
 * saved pages) and scoring the outcome. Shared by `npm run eval:pages`, the unit test that
 * holds the floors and the Chromium test, so all three count the same way.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"

import * as z from "zod"

import { CATEGORY_IDS } from "~src/diagnosis/categories"
import { getCause } from "~src/diagnosis/registry"
import { STEP_IDS } from "~src/flow/steps"
import type { Locale } from "~src/i18n/locale"
import { reportToChatText } from "~src/report/chat-text"
import { decodeShareInput } from "~src/report/decode-share-input"
import { KNOWLEDGE_BASE_NAMES } from "~src/report/knowledge-base-names"
import type { ReportV1 } from "~src/report/schema"
import { encodeShareCode } from "~src/report/share-code"
import { ALL_PROFILES } from "~src/sites/all-profiles"
import { hostMatchesPattern } from "~src/sites/host-pattern"

import { pageStateForHtml, reportFor } from "./diagnose"

export const REAL_PAGES_DIR = resolve(import.meta.dirname, "../test/fixtures/real")
export const SPLITS = ["tune", "blind"] as const
export type Split = (typeof SPLITS)[number]

/**
 * Ratchet floors: the share of pages each runner must get right, set to what the code
 * reached when they were last raised. Raise them as page reading improves; never lower them
 * to make a change pass. The issue's goal is 0.9 for both. No-leak and no-false-alarm are
 * not floors: they must hold on every page.
 */
export const ACCURACY_FLOORS = {
  // Measured after the outcome-reading code and the recognizer landed (docs/real-pages.md,
  // "after"); a ratchet: raise, never lower. Chromium counts only the pages on hosts the
  // extension is injected on.
  workbench: { tune: { step: 28 / 28, cause: 17 / 17 }, blind: { step: 15 / 16, cause: 7 / 8 } },
  chromium: { tune: { step: 25 / 25, cause: 14 / 14 }, blind: { step: 12 / 13, cause: 6 / 7 } }
} satisfies Record<"workbench" | "chromium", Record<Split, { step: number; cause: number }>>

export const ExpectationSchema = z
  .object({
    url: z.string().url().refine((u) => u.startsWith("https://"), "the real https address"),
    step: z.enum(STEP_IDS),
    category: z.enum(CATEGORY_IDS).nullable(),
    cause: z
      .string()
      .refine((id) => getCause(id) !== undefined, "a cause id from src/diagnosis/causes/")
      .nullable()
      .optional(),
    noError: z.boolean(),
    mustNotLeak: z.array(z.string().min(2))
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.noError && (e.category !== null || e.cause)) ctx.addIssue({ code: "custom", message: "a page with no error expects no category or cause" })
    if (!e.noError && e.category === null) ctx.addIssue({ code: "custom", message: "a page with an error names the expected category" })
    if (e.cause && getCause(e.cause)?.category !== e.category) ctx.addIssue({ code: "custom", message: `cause ${e.cause} is not in category ${e.category}` })
  })
export type Expectation = z.infer<typeof ExpectationSchema>

export interface RealPage {
  split: Split
  /** Path from the repository root, for messages. */
  name: string
  file: string
  html: string
  source: string
  expect: Expectation
  /** Whether the built extension's content script runs on this host (a profile covers it). */
  injected: boolean
}

const SOURCE_COMMENT = /<!--\s*source:\s*([\s\S]*?)-->/
const EXPECT_COMMENT = /<!--\s*expect:\s*(\{.*\})\s*-->/

export function isCoveredHost(url: string): boolean {
  const host = new URL(url).hostname
  return ALL_PROFILES.some((profile) => profile.hosts.some((pattern) => hostMatchesPattern(host, pattern)))
}

export function parseRealPage(html: string, file: string, split: Split): RealPage {
  const name = relative(join(REAL_PAGES_DIR, "../../.."), file)
  const source = SOURCE_COMMENT.exec(html)?.[1]?.trim()
  if (!source) throw new Error(`${name}: no <!-- source: … --> header naming the public source`)
  const raw = EXPECT_COMMENT.exec(html)?.[1]
  if (!raw) throw new Error(`${name}: no one-line <!-- expect: {…} --> header`)
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    throw new Error(`${name}: the expect header is not valid JSON`)
  }
  const parsed = ExpectationSchema.safeParse(json)
  if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "expect"}: ${i.message}`).join("; ")}`)
  // A mustNotLeak string the page does not contain would make the leak check vacuous.
  const body = html.replace(SOURCE_COMMENT, "").replace(EXPECT_COMMENT, "")
  for (const secret of parsed.data.mustNotLeak) {
    if (!body.includes(secret)) throw new Error(`${name}: mustNotLeak "${secret}" is not on the page`)
  }
  return { split, name, file, html, source, expect: parsed.data, injected: isCoveredHost(parsed.data.url) }
}

export function loadRealPages(splits: readonly Split[] = SPLITS): RealPage[] {
  return splits.flatMap((split) => {
    const dir = join(REAL_PAGES_DIR, split)
    return readdirSync(dir)
      .filter((f) => f.endsWith(".html"))
      .sort()
      .map((f) => parseRealPage(readFileSync(join(dir, f), "utf8"), join(dir, f), split))
  })
}

/** What a runner saw on one page: the step, the causes in order, the errors, and every text it would hand out. */
export interface Observation {
  step: string
  /** Most likely first. */
  diagnosis: { cause: string; category: string }[]
  errorCount: number
  /** Everything that leaves the tool: Report JSON, chat text in both languages, decoded share code. */
  outputs: { label: string; text: string }[]
}

export function observationFromReport(report: ReportV1, extraOutputs: { label: string; text: string }[] = []): Observation {
  const shareCode = encodeShareCode(report)
  const decoded = decodeShareInput(shareCode)
  if (!decoded.ok) throw new Error(`the share code of a workbench report did not decode: ${decoded.error}`)
  const chat = (locale: Locale) => reportToChatText(report, locale, KNOWLEDGE_BASE_NAMES)
  return {
    step: report.page.step.id,
    diagnosis: report.diagnosis.map((d) => ({ cause: d.cause, category: d.category })),
    errorCount: report.errors.length,
    outputs: [
      { label: "report JSON", text: JSON.stringify(report) },
      { label: "chat text (en)", text: chat("en") },
      { label: "chat text (zh-CN)", text: chat("zh-CN") },
      { label: "share code", text: `${shareCode}\n${JSON.stringify(decoded.report)}` },
      ...extraOutputs
    ]
  }
}

/** The workbench pipeline on a saved page at its real address (scripts/diagnose.ts). */
export function observeInWorkbench(page: RealPage, now = new Date()): Observation {
  const url = new URL(page.expect.url)
  const report = reportFor(pageStateForHtml(page.html, url, now), "en", now)
  return observationFromReport(report)
}

/** A secret "leaks" when it appears as written, or — for card and reference numbers — with its spaces removed. */
export function findLeaks(secrets: readonly string[], outputs: Observation["outputs"]): string[] {
  const leaks: string[] = []
  for (const secret of secrets) {
    const compact = secret.replace(/\s+/g, "")
    for (const { label, text } of outputs) {
      const found = text.includes(secret) || (compact !== secret && /\d{6}/.test(compact) && text.replace(/\s+/g, "").includes(compact))
      if (found) leaks.push(`"${secret}" in ${label}`)
    }
  }
  return leaks
}

export interface PageVerdict {
  page: RealPage
  observation: Observation
  stepOk: boolean
  /** null on a page with no error. */
  categoryOk: boolean | null
  /** null when the page names no cause id (or has no error). */
  causeOk: boolean | null
  falseAlarm: boolean
  leaks: string[]
}

export function judge(page: RealPage, observation: Observation): PageVerdict {
  const e = page.expect
  const top = observation.diagnosis[0]
  return {
    page,
    observation,
    stepOk: observation.step === e.step,
    categoryOk: e.noError ? null : top?.category === e.category,
    causeOk: e.noError || !e.cause ? null : top?.cause === e.cause,
    // On a page with nothing wrong, any captured error or named cause is a false alarm.
    falseAlarm: e.noError && (observation.errorCount > 0 || observation.diagnosis.length > 0),
    leaks: findLeaks(e.mustNotLeak, observation.outputs)
  }
}

export interface SplitScore {
  split: Split
  pages: number
  stepRight: number
  errorPages: number
  categoryRight: number
  causePages: number
  causeRight: number
  noErrorPages: number
  falseAlarms: number
  leaks: number
  stepAccuracy: number
  causeAccuracy: number
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)

export function scoreSplit(split: Split, verdicts: readonly PageVerdict[]): SplitScore {
  const mine = verdicts.filter((v) => v.page.split === split)
  const errorPages = mine.filter((v) => v.categoryOk !== null)
  const causePages = mine.filter((v) => v.causeOk !== null)
  const score = {
    split,
    pages: mine.length,
    stepRight: mine.filter((v) => v.stepOk).length,
    errorPages: errorPages.length,
    categoryRight: errorPages.filter((v) => v.categoryOk).length,
    causePages: causePages.length,
    causeRight: causePages.filter((v) => v.causeOk).length,
    noErrorPages: mine.filter((v) => v.page.expect.noError).length,
    falseAlarms: mine.filter((v) => v.falseAlarm).length,
    leaks: mine.reduce((n, v) => n + v.leaks.length, 0)
  }
  return { ...score, stepAccuracy: ratio(score.stepRight, score.pages), causeAccuracy: ratio(score.categoryRight, score.errorPages) }
}

/** One line per page that missed anything: what was expected and what the runner gave. */
export function describeMiss(v: PageVerdict): string | null {
  const e = v.page.expect
  const top = v.observation.diagnosis[0]
  const parts: string[] = []
  if (!v.stepOk) parts.push(`step ${v.observation.step} (expected ${e.step})`)
  if (v.categoryOk === false || v.causeOk === false) {
    const got = top ? `${top.category}/${top.cause}` : "no cause"
    parts.push(`top cause ${got} (expected ${e.category}${e.cause ? `/${e.cause}` : ""})`)
  }
  if (v.falseAlarm) parts.push(`false alarm: ${v.observation.errorCount} error(s), top cause ${top ? top.cause : "none"}`)
  if (v.leaks.length) parts.push(`LEAK ${v.leaks.join(", ")}`)
  return parts.length ? `${v.page.name}: ${parts.join("; ")}` : null
}
