import type { ReportV1 } from "~src/report/schema"
import { SHARE_CODE_ERROR_IDS } from "~src/report/share-code-error"

/**
 * Result of reading what a volunteer pasted. The entry file adapts src/report's
 * decodeShareInput to this; `error` is an error id with words in messages.ts
 * ("decode-error-<id>"), unknown ids still get a message.
 */
export type DecodeOutcome = { ok: true; report: ReportV1 } | { ok: false; error: string }

export type DecodeInput = (text: string) => DecodeOutcome | Promise<DecodeOutcome>

/** "empty" is the desk's own; the rest are src/report's ShareCodeErrorId values. */
export const KNOWN_DECODE_ERRORS = ["empty", ...SHARE_CODE_ERROR_IDS] as const

/**
 * Accepts the shapes src/report's decodeShareInput may give ({ ok, report } / { ok, error }
 * with an id string or { id } object) and turns them into a DecodeOutcome.
 */
export function toDecodeOutcome(result: unknown): DecodeOutcome {
  if (typeof result !== "object" || result === null) return { ok: false, error: "invalid" }
  const value = result as { ok?: unknown; report?: unknown; error?: unknown; format?: unknown }
  if (value.ok === true && typeof value.report === "object" && value.report !== null) return { ok: true, report: value.report as ReportV1 }
  if (value.ok === false) return { ok: false, error: errorIdOf(value.error) }
  if (value.format === "evisa-pay-report") return { ok: true, report: result as ReportV1 }
  return { ok: false, error: "invalid" }
}

export function errorIdOf(error: unknown): string {
  if (typeof error === "string") return error
  if (typeof error === "object" && error !== null) {
    const { id, code } = error as { id?: unknown; code?: unknown }
    if (typeof id === "string") return id
    if (typeof code === "string") return code
  }
  return "invalid"
}
