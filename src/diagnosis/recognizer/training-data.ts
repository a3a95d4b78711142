import * as z from "zod"

import { findProfile } from "~src/sites/index"
import { CATEGORY_IDS, type CategoryId } from "../categories"
import { rankCauses } from "../engine"
import { CAUSES } from "../registry"
import type { DiagnosisItem, Evidence } from "../types"
import { NOT_ERROR, type RecognizerClass } from "./model"

/** The recognizer's classes, in the committed model's order. */
export const RECOGNIZER_CLASSES: RecognizerClass[] = [...CATEGORY_IDS, NOT_ERROR]

/**
 * One labelled line in the corpus format (the real corpus, and solved cases exported from the
 * desk's case log). Only text, lang and category are needed to train.
 */
export const labelledLineSchema = z.object({
  text: z.string().trim().min(1, "empty text").max(4000, "text longer than 4000 characters"),
  lang: z.string().min(2, "lang missing"),
  category: z.enum([...CATEGORY_IDS, NOT_ERROR] as [RecognizerClass, ...RecognizerClass[]]),
  source: z.string().optional(),
  license: z.string().optional(),
  uncertain: z.boolean().optional(),
  /** Solved cases: the cause the volunteer confirmed and the fix that worked (informational). */
  cause: z.string().optional(),
  fix: z.string().optional(),
  url: z.string().optional()
})
export type LabelledLine = z.infer<typeof labelledLineSchema>

export interface ParsedLines {
  lines: LabelledLine[]
  /** One message per bad line: "line 3: category: …". */
  problems: string[]
}

/** Parses JSON Lines strictly; every bad line is reported, none is silently skipped. */
export function parseLabelledLines(jsonl: string): ParsedLines {
  const lines: LabelledLine[] = []
  const problems: string[] = []
  jsonl.split("\n").forEach((raw, index) => {
    if (!raw.trim()) return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      problems.push(`line ${index + 1}: not valid JSON`)
      return
    }
    const parsed = labelledLineSchema.safeParse(value)
    if (parsed.success) lines.push(parsed.data)
    else problems.push(`line ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ")}`)
  })
  return { lines, problems }
}

/**
 * The source group of a real corpus line: a repository's owner or a web page's host, as the
 * corpus README splits train from dev. Cross-validation keeps a group on one side.
 */
export function sourceGroup(source: string | undefined): string {
  if (!source) return "(none)"
  try {
    if (/^https?:\/\//.test(source)) return new URL(source).host.replace(/^www\./, "")
  } catch {
    // fall through: not a URL after all
  }
  return source.split(/[/:]/)[0] ?? source
}

/** The same evidence the eval and the workbench build for one message. */
export function evidenceForMessage(text: string, url?: string): { evidence: Evidence; ruleItems: DiagnosisItem[] } {
  let siteId: string | null = null
  let profile = null
  if (url) {
    try {
      profile = findProfile(new URL(url)) ?? null
      siteId = profile?.id ?? null
    } catch {
      // A bad URL only loses the site facts.
    }
  }
  const evidence: Evidence = { page: { siteId, step: "unknown" }, errors: [{ text, source: "text" }] }
  return { evidence, ruleItems: rankCauses(evidence, CAUSES, profile) }
}

/** Dedupe key: the same words in the same category count once. */
export const dedupeKey = (text: string, category: string) => `${category}\u0000${text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()}`

/**
 * Each category's most general cause: what the recognizer names when it is sure of the
 * category but no rule matched a cause in it (the rules' precise causes win when they match).
 */
export const GENERAL_CAUSE: Record<CategoryId, string> = {
  "card-details": "wrong-card-number",
  "insufficient-funds": "insufficient-funds",
  "bank-restriction": "card-blocked-contact-bank",
  "method-not-accepted": "card-brand-not-accepted",
  "verification-failed": "secure-check-failed",
  "session-expired": "session-expired",
  "site-or-gateway-error": "gateway-outage",
  "duplicate-payment": "duplicate-transaction",
  "browser-problem": "stale-cache",
  "too-many-attempts": "too-many-attempts",
  "network-problem": "connection-dropped",
  "generic-decline": "generic-decline",
  unknown: "unknown-error"
}
