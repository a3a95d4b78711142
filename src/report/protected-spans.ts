/**
 * Text that looks numeric but is never personal: dates, times, versions, amounts and
 * percentages. Number-based detectors (card, phone, passport, reference) must not fire
 * inside these, which is how "2026-11-27", "Chrome 131.0.6778.85" or "₹2,500" survive.
 */
export interface Span {
  start: number
  end: number
}

export interface ProtectedSpan extends Span {
  /** Amounts do not stop card numbers: a Luhn-valid 16-digit run before "$" is still a card. */
  kind: "time" | "version" | "amount"
}

const CURRENCY = String.raw`(?:[$€£¥₹₩₽₺₫฿]|US\$|A\$|RMB|CNY|USD|EUR|GBP|AUD|INR|JPY|KRW|THB|VND|TRY|RUB|KES|NZD|CAD|SGD|HKD|MYR|IDR|LKR|EGP|元|美元|卢比|澳元|欧元|英镑)`
const AMOUNT = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d{1,2})?|\d{1,9}(?:\.\d{1,2})?`

const PROTECTED_PATTERNS: [ProtectedSpan["kind"], RegExp][] = [
  // ISO 8601 date-times: 2026-11-27T11:05:00.000+08:00
  ["time", /(?<!\d)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\dA-Za-z])/g],
  // 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日
  ["time", /(?<!\d)\d{4}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)/g],
  ["time", /(?<!\d)\d{4}年\d{1,2}月(?:\d{1,2}日)?/g],
  // 27/11/2026, 11-27-2026, 27.11.26
  ["time", /(?<!\d)(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:\d{4}|\d{2})(?!\d)/g],
  // 14:05, 14:05:33, 14:05:33.120
  ["time", /(?<!\d)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?!\d)/g],
  // versions and addresses with three or more parts: 131.0.6778.85, 17.4.1
  ["version", /(?<![\d.])\d+(?:\.\d+){2,}(?![\d])/g],
  // a product name followed by a version: Chrome 131.0, iOS 17.4, Android 14, Windows 11
  ["version", /(?<![A-Za-z])(?:Chrome|Chromium|Firefox|Safari|Edge|Edg|Opera|OPR|Version|iOS|iPadOS|Android|Windows NT|Windows|macOS|Mac OS X|HarmonyOS|MIUI|EMUI|WeChat|MicroMessenger|QQBrowser|UCBrowser|SamsungBrowser)[ /]\d+(?:[._]\d+)*/g],
  // amounts with a currency before or after: USD 80.00, ₹2,500, 80.00 美元
  ["amount", new RegExp(String.raw`${CURRENCY}\s?(?:${AMOUNT})`, "g")],
  ["amount", new RegExp(String.raw`(?<![\d.,])(?:${AMOUNT})\s?${CURRENCY}`, "g")],
  // grouped thousands without a currency: 1,234.56
  ["amount", /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g],
  // percentages: 12.5%, 100 %
  ["amount", /(?<![\d.])\d{1,3}(?:\.\d+)?\s?[%％]/g]
]

export function findProtectedSpans(text: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = []
  for (const [kind, pattern] of PROTECTED_PATTERNS) {
    for (const match of text.matchAll(pattern)) spans.push({ kind, start: match.index, end: match.index + match[0].length })
  }
  return spans
}

export function overlapsAny(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some((span) => start < span.end && span.start < end)
}

export function insideAny(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some((span) => span.start <= start && end <= span.end)
}
