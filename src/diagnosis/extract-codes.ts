/**
 * Finds result codes in normalised error text (see normalize-text.ts), by scheme, so that a
 * cause can say "ISO 8583 code 51 means me" without every cause re-parsing text.
 *
 * Codes are only taken with context ("code 51", "(51)", "transStatusReason=13"): a bare
 * two-digit number in a sentence is far more often an amount, a time or a count.
 */

export const CODE_SCHEMES = ["iso8583", "unionpay", "braintree", "3ds-status", "3ds-reason", "http"] as const
export type CodeScheme = (typeof CODE_SCHEMES)[number]

export interface FoundCode {
  scheme: CodeScheme
  value: string
}

// Code words in the languages portals and gateways use; then an optional separator.
const CONTEXT_CODE = /(?:code|rc|respcode|错误码|错误代码|返回码|应答码|响应码|代码|原因码|mã lỗi|kod|código)\s?[:=#]?\s?\(?\s?([0-9]{2}|n7|1a)(?![0-9a-z])/g
const PARENTHESISED_CODE = /[([]([0-9]{2}|n7)[)\]]/g
const LEADING_CODE = /^([0-9]{2}|n7)\s?[-:]\s?[a-z\u4e00-\u9fff]/
const UNIONPAY_CONTEXT = /银联|unionpay|respcode|应答码/
const BRAINTREE_LEADING = /^(2[0-9]{3}|3000)(?![0-9])/
const BRAINTREE_CONTEXT = /(?:processor|response|declined|code)[^0-9]{0,25}(2[0-9]{3}|3000)(?![0-9])/g
const THREE_DS_STATUS = /transstatus\s?[:=]?\s?"?([a-z])(?![a-z])/g
const THREE_DS_REASON = /transstatusreason\s?[:=]?\s?"?([0-9]{2})(?![0-9])/g
const HTTP_STATUS = /(?:http|error|错误|status)\s?[:#]?\s?([45][0-9]{2})(?![0-9])/g

/** Codes found in one normalised text, deduplicated, in a stable order. */
export function extractCodes(normalizedText: string, declaredCode?: string): FoundCode[] {
  const found = new Map<string, FoundCode>()
  const add = (scheme: CodeScheme, value: string) => found.set(`${scheme}:${value}`, { scheme, value: value.toUpperCase() })
  const twoCharScheme: CodeScheme = UNIONPAY_CONTEXT.test(normalizedText) ? "unionpay" : "iso8583"

  for (const m of normalizedText.matchAll(CONTEXT_CODE)) add(twoCharScheme, m[1])
  for (const m of normalizedText.matchAll(PARENTHESISED_CODE)) add(twoCharScheme, m[1])
  const leading = LEADING_CODE.exec(normalizedText)
  if (leading) add(twoCharScheme, leading[1])

  const braintreeLeading = BRAINTREE_LEADING.exec(normalizedText)
  if (braintreeLeading) add("braintree", braintreeLeading[1])
  for (const m of normalizedText.matchAll(BRAINTREE_CONTEXT)) add("braintree", m[1])

  for (const m of normalizedText.matchAll(THREE_DS_STATUS)) add("3ds-status", m[1])
  for (const m of normalizedText.matchAll(THREE_DS_REASON)) add("3ds-reason", m[1])
  for (const m of normalizedText.matchAll(HTTP_STATUS)) add("http", m[1])

  if (declaredCode) {
    const code = declaredCode.trim().toLowerCase()
    if (/^([0-9]{2}|n7|1a)$/.test(code)) add(twoCharScheme, code)
    else if (/^[45][0-9]{2}$/.test(code)) add("http", code)
    else if (/^(2[0-9]{3}|3000)$/.test(code)) add("braintree", code)
  }
  return [...found.values()]
}
