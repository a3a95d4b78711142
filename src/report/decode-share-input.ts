import { Inflate } from "fflate"

import { decodeBase64Url } from "./base64url"
import { REPORT_FORMAT, REPORT_VERSION } from "./format-id"
import { ReportV1Schema, type ReportV1 } from "./schema"
import { MAX_INFLATED_BYTES, MAX_SHARE_INPUT_CHARS, type ShareCodeError, type ShareCodeErrorId } from "./share-code-error"

export type DecodeShareResult = { ok: true; report: ReportV1 } | { ok: false; error: ShareCodeError }

/** Characters chat apps and word processors slip into text unseen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g
const CODE_START = /EVPR(\d{1,9})\./
const CODE_CHUNK = /^[A-Za-z0-9_-]+/
const NEXT_CHUNK = /^\s+([A-Za-z0-9_-]+)/
/** Right after the code, these mean the code itself was altered (standard base64, typographic dashes). */
const FOREIGN_CODE_CHARS = /^[+/%&*\\|~^\u2010-\u2015]/
/** Trailing words tried for removal; chat apps put at most a few after the code. */
const MAX_TRAILING_WORDS_TRIED = 5
/** Inflate input is fed in slices this small, so one slice can never expand past ~70 KB. */
const INFLATE_SLICE = 64

/**
 * Reads a report from what a volunteer pastes into the desk: the whole copied chat text or
 * the share code alone. Tolerates what chat apps do to a long word — line breaks and spaces
 * inside it, zero-width characters, quotes or words around it — and rejects anything else
 * with a specific reason (messages.ts has the words for each). Never throws.
 */
export function decodeShareInput(input: string): DecodeShareResult {
  if (typeof input !== "string") return fail("no-code")
  if (input.length > MAX_SHARE_INPUT_CHARS) return fail("too-large")
  const text = input.replace(INVISIBLE, "")
  const start = CODE_START.exec(text)
  if (!start) return fail("no-code")
  const version = Number(start[1])
  if (version > REPORT_VERSION) return { ok: false, error: { id: "newer-version", version } }
  if (version !== REPORT_VERSION) return fail("wrong-format")

  let rest = text.slice(start.index + start[0].length)
  const chunks: string[] = []
  const first = CODE_CHUNK.exec(rest)
  if (!first) return fail(FOREIGN_CODE_CHARS.test(rest) ? "not-base64" : "truncated")
  chunks.push(first[0])
  rest = rest.slice(first[0].length)
  for (let next = NEXT_CHUNK.exec(rest); next; next = NEXT_CHUNK.exec(rest)) {
    chunks.push(next[1])
    rest = rest.slice(next[0].length)
  }
  // Someone may have added standard base64 padding; that is harmless.
  rest = rest.replace(/^=+/, "")
  if (FOREIGN_CODE_CHARS.test(rest)) return fail("not-base64")

  // Words typed after the code look like more code; try without them before giving up.
  let firstError: ShareCodeError | null = null
  const shortest = Math.max(1, chunks.length - MAX_TRAILING_WORDS_TRIED)
  for (let count = chunks.length; count >= shortest; count--) {
    const result = decodeCode(chunks.slice(0, count).join(""))
    if (result.ok) return result
    if (!firstError || firstError.id === "not-base64") firstError = result.error
  }
  return { ok: false, error: firstError ?? { id: "corrupt" } }
}

function decodeCode(code: string): DecodeShareResult {
  // A code cut one character into a group still decodes up to the cut; inflate then says "truncated".
  const bytes = decodeBase64Url(code.length % 4 === 1 ? code.slice(0, -1) : code)
  if (!bytes) return fail("not-base64")
  const inflated = inflateBounded(bytes)
  if (!inflated.ok) return fail(inflated.error)
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated.data))
  } catch {
    return fail("not-json")
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return fail("wrong-format")
  const { format, version } = value as { format?: unknown; version?: unknown }
  if (format !== REPORT_FORMAT) return fail("wrong-format")
  if (typeof version === "number" && version > REPORT_VERSION) return { ok: false, error: { id: "newer-version", version } }
  const parsed = ReportV1Schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, error: { id: "invalid", path: issue ? issue.path.map(String).join(".") : "" } }
  }
  return { ok: true, report: parsed.data }
}

const TOO_LARGE = new Error("inflated data too large")

/** Raw DEFLATE, stopped as soon as the output passes MAX_INFLATED_BYTES (zip bombs). */
function inflateBounded(bytes: Uint8Array): { ok: true; data: Uint8Array } | { ok: false; error: "truncated" | "corrupt" | "too-large" } {
  if (bytes.length === 0) return { ok: false, error: "truncated" }
  const parts: Uint8Array[] = []
  let total = 0
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total > MAX_INFLATED_BYTES) throw TOO_LARGE
    parts.push(chunk)
  })
  try {
    for (let offset = 0; offset < bytes.length; offset += INFLATE_SLICE) {
      inflater.push(bytes.subarray(offset, offset + INFLATE_SLICE), offset + INFLATE_SLICE >= bytes.length)
    }
  } catch (error) {
    if (error === TOO_LARGE) return { ok: false, error: "too-large" }
    // fflate error code 0 is "unexpected EOF": the code was cut short.
    return { ok: false, error: (error as { code?: number }).code === 0 ? "truncated" : "corrupt" }
  }
  const data = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    data.set(part, offset)
    offset += part.length
  }
  return { ok: true, data }
}

function fail(id: ShareCodeErrorId): DecodeShareResult {
  return { ok: false, error: { id } }
}
