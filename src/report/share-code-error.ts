/** Why a pasted text could not be read as a report; each has a message in messages.ts. */
export const SHARE_CODE_ERROR_IDS = [
  "no-code",
  "not-base64",
  "truncated",
  "corrupt",
  "too-large",
  "not-json",
  "wrong-format",
  "newer-version",
  "invalid"
] as const

export type ShareCodeErrorId = (typeof SHARE_CODE_ERROR_IDS)[number]

export interface ShareCodeError {
  id: ShareCodeErrorId
  /** "invalid": where the first problem is, e.g. "errors.0.firstSeen". */
  path?: string
  /** "newer-version": the version the code was made with. */
  version?: number
}

/** Pasted text longer than this is refused before any work. */
export const MAX_SHARE_INPUT_CHARS = 20_000
/** Inflating stops past this many bytes: a small code must not expand into a huge one. */
export const MAX_INFLATED_BYTES = 200 * 1024
