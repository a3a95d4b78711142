/**
 * Pulls the most specific error/decline code out of a message: "Error 403" → "403",
 * "reason code 51" → "51", "(05)" → "05", "E1234", "错误代码：1001" → "1001",
 * "transStatus=N" → "transStatus=N" (a 3-D Secure result letter means nothing alone).
 *
 * Labelled forms are tried first; bare forms need a label or a failure word nearby, because
 * messages are full of numbers that are not codes: amounts, dates, years, phone numbers,
 * application ids.
 */

/** Numbers directly followed by one of these and a digit are dates, times or amounts. */
const NOT_A_CODE_AFTER = String.raw`(?![.,:/-]\d)(?!\d)`

// `(?=(…))\1` takes the whole token at once (an atomic group), so "12/05/2025" cannot
// be shortened to "1" to dodge the "not a date" look-ahead.
const TOKEN = String.raw`(?=([A-Za-z0-9][A-Za-z0-9_-]{0,11}))\1(?![./:]\d)`

const CHINESE_LABELLED = new RegExp(String.raw`(?:错误|失败|响应|返回|原因|拒绝)(?:代码|编码|码|编号)\s*(?:为|是)?\s*[:：]?\s*${TOKEN}`)

const THREE_DS_STATUS = /\btrans_?status\s*[=:]\s*["']?([A-Za-z])\b/i

const ENGLISH_LABELLED = new RegExp(
  String.raw`\b(?:reason|response|resp|result|return|decline|declined|denial|error|err|failure|status|auth(?:orization)?|bank|issuer|iso)[\s_-]*code\s*(?:is|was|of)?\s*[:#=]?\s*[("']?\s*${TOKEN}`,
  "gi"
)

const HTTP_STATUS = new RegExp(String.raw`\b(?:HTTP(?:\s*status)?|status|error|err)\s*[:#]?\s*([1-5]\d{2})${NOT_A_CODE_AFTER}`, "i")

const NUMBERED_ERROR = new RegExp(String.raw`(?:\b(?:error|err)|错误)\s*(?:no\.?|number|#)?\s*[:#：]?\s*(\d{1,6})${NOT_A_CODE_AFTER}`, "i")

const PREFIXED_CODE = /\b((?:E|ERR|ERROR|EC|RC)[-_]?\d{2,6})\b/

const PARENTHESISED = /\((\d{2,3}|[A-Z]\d|\d[A-Z])\)/

/** Words that make a bare "(05)" worth reading as a code. */
const FAILURE_WORDS = /declin|fail|error|denied|reject|refus|unable|not (?:be )?(?:processed|authori[sz]ed|honou?r|permitted|allowed|enabled)|invalid|拒|失败|错误|无法|不成功/i

/**
 * A labelled value is a code when it is a short number, a short mix of letters and digits,
 * or a short upper-case token ("N", "NA") — not a date or a phone number.
 */
function looksLikeCode(token: string): boolean {
  if (/^\d+(?:[-/.]\d+)+$/.test(token)) return false
  if (/^\d+$/.test(token)) return token.length <= 6
  if (/\d/.test(token)) return token.length <= 12
  return /^[A-Z]{1,3}$/.test(token)
}

/**
 * Every pattern above needs an ASCII digit, except the labelled ones, which need their label:
 * "code", "status" (transStatus) or 码/编号. Text with none of these has no code, and
 * testing for them first spares a fresh content script compiling the patterns for a message
 * like "Your card was declined" (issue #7). error-codes.test.ts holds the patterns to it.
 */
const MAY_HOLD_CODE = /[0-9]|code|status|码|编号/i

export function mayHoldErrorCode(text: string): boolean {
  return MAY_HOLD_CODE.test(text)
}

export function extractErrorCode(text: string): string | undefined {
  if (!text || !mayHoldErrorCode(text)) return undefined
  return findErrorCode(text)
}

/** extractErrorCode without the cheap pre-check; exported for the test that justifies the pre-check. */
export function findErrorCode(text: string): string | undefined {
  const chinese = CHINESE_LABELLED.exec(text)
  if (chinese && looksLikeCode(chinese[1])) return chinese[1]

  const threeDs = THREE_DS_STATUS.exec(text)
  if (threeDs) return `transStatus=${threeDs[1].toUpperCase()}`

  for (const match of text.matchAll(ENGLISH_LABELLED)) {
    const token = match[1].replace(/[-_]+$/, "")
    if (looksLikeCode(token)) return token
  }

  const http = HTTP_STATUS.exec(text)
  if (http) return http[1]

  const prefixed = PREFIXED_CODE.exec(text)
  if (prefixed) return prefixed[1]

  const numbered = NUMBERED_ERROR.exec(text)
  if (numbered) return numbered[1]

  if (FAILURE_WORDS.test(text)) {
    const parenthesised = PARENTHESISED.exec(text)
    if (parenthesised) return parenthesised[1]
  }
  return undefined
}
