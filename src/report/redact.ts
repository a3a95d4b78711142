import { passesLuhn } from "./luhn"
import { findProtectedSpans, insideAny, overlapsAny, type ProtectedSpan, type Span } from "./protected-spans"
import { REDACTION_MARKS, type Redaction, type RedactionKind } from "./redaction-marks"

export type { Redaction, RedactionKind } from "./redaction-marks"

interface Found extends Span {
  kind: RedactionKind
}

/**
 * Removes personal data from free text before it is stored, shown in a preview or copied:
 * card numbers, CVV and expiry next to card words, e-mails, phone numbers, passport
 * numbers and long reference/account ids. Each is replaced by a mark from
 * REDACTION_MARKS; `redactions` gives the marks' positions in the returned text.
 *
 * Detectors run in order of certainty; a later one never touches what an earlier one took.
 * Number detectors never fire inside dates, times, versions, amounts or percentages, so the
 * facts a volunteer needs (error codes, amounts, times, browser versions) stay readable.
 * Every pattern has bounded repetition so a hostile page cannot make this slow.
 */
export function redactText(text: string, options: { skipByDigitShape?: boolean } = {}): { text: string; redactions: Redaction[] } {
  const shape = digitShapeOf(text)
  // Protected spans only matter once a detector has a candidate to check against them;
  // most texts give none, and the spans' dozen patterns then never run (issue #7: a cold
  // content script compiles every pattern it runs).
  let spans: ProtectedSpan[] | null = null
  const protectedSpans: SpanSource = () => (spans ??= findProtectedSpans(text))
  const taken: Found[] = []
  const take = (found: Found | null) => {
    if (found && found.end > found.start && !overlapsAny(found.start, found.end, taken)) taken.push(found)
  }
  for (const { applies, detect } of DETECTORS) {
    // `skipByDigitShape: false` runs every detector: the tests' reference for the gates.
    if (options.skipByDigitShape === false || applies(shape)) for (const found of detect(text, protectedSpans)) take(found)
  }

  taken.sort((a, b) => a.start - b.start)
  let output = ""
  let last = 0
  const redactions: Redaction[] = []
  for (const found of taken) {
    output += text.slice(last, found.start)
    const mark = REDACTION_MARKS[found.kind]
    redactions.push({ kind: found.kind, start: output.length, end: output.length + mark.length })
    output += mark
    last = found.end
  }
  output += text.slice(last)
  return { text: output, redactions }
}

/**
 * Card and phone shapes are specific enough that a currency sign next to them ("… 0958 $")
 * does not make them an amount; amounts only shield short numbers from the looser detectors.
 */
const withoutAmounts = (spans: readonly ProtectedSpan[]) => spans.filter((span) => span.kind !== "amount")

/** The text's protected spans, found on first use. */
type SpanSource = () => readonly ProtectedSpan[]

/** How many ASCII digits a text has, and its longest run of them: what every number detector needs at least. */
interface DigitShape {
  hasAt: boolean
  digits: number
  longestRun: number
}

function digitShapeOf(text: string): DigitShape {
  let digits = 0
  let run = 0
  let longestRun = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) {
      digits++
      run++
      if (run > longestRun) longestRun = run
    } else run = 0
  }
  return { hasAt: text.includes("@"), digits, longestRun }
}

interface Detector {
  /** False when the text cannot hold what the detector finds, so it need not run (a sound bound, never a guess). */
  applies: (shape: DigitShape) => boolean
  detect: (text: string, protectedSpans: SpanSource) => Iterable<Found>
}

// ---- e-mail ---------------------------------------------------------------------------

function* findEmails(text: string): Iterable<Found> {
  const pattern = /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}/g
  for (const m of text.matchAll(pattern)) yield { kind: "email", start: m.index, end: m.index + m[0].length }
}

// ---- phone numbers with a country prefix (before cards: "+86 138 0013 8000" has 13 digits) ----

const countDigits = (s: string) => s.replace(/\D/g, "").length

function* findInternationalPhones(text: string, allProtected: SpanSource): Iterable<Found> {
  let spans: readonly ProtectedSpan[] | null = null
  const protectedSpans = () => (spans ??= withoutAmounts(allProtected()))
  // +86 / 0086 / 86 followed by a mainland mobile; "86" alone only before a mobile shape.
  const chinese = /(?:\+\s?|(?<!\d[ -]?)00)86[\s-]?(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\(?0?\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4})(?!\d)|(?<!\d)86[\s-]?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g
  for (const m of text.matchAll(chinese)) {
    if (!overlapsAny(m.index, m.index + m[0].length, protectedSpans())) yield { kind: "phone", start: m.index, end: m.index + m[0].length }
  }
  // E.164-ish: +CC then groups, 8–15 digits in all ("+1 (415) 555-0134", "+44 20 7946 0958").
  const e164 = /(?:(?<![+\d])\+|(?<!\d[ -]?)00(?=[1-9]))\(?\d{1,4}\)?(?:[ -]?\(?\d{1,6}\)?){1,6}(?!\d)/g
  for (const m of text.matchAll(e164)) {
    const digits = countDigits(m[0]) - (m[0].startsWith("00") ? 2 : 0)
    if (digits >= 8 && digits <= 15 && !overlapsAny(m.index, m.index + m[0].length, protectedSpans())) {
      yield { kind: "phone", start: m.index, end: m.index + m[0].length }
    }
  }
}

// ---- card numbers ---------------------------------------------------------------------

/**
 * A run of digit groups split by single spaces or dashes is searched for the longest run of
 * whole groups that is a card number: 12–19 digits passing the Luhn check, or a mistyped
 * number still laid out like a card (first group of four, 13–19 digits, three or more
 * groups) — a mistyped card number is still somebody's card number.
 */
function* findCardNumbers(text: string, allProtected: SpanSource): Iterable<Found> {
  let spans: readonly ProtectedSpan[] | null = null
  const protectedSpans = () => (spans ??= withoutAmounts(allProtected()))
  const run = /(?<!\d)\d{1,19}(?:[ \u00a0-]\d{1,19}){0,12}(?!\d)/g
  for (const m of text.matchAll(run)) {
    const groups = [...m[0].matchAll(/\d+/g)].map((g) => ({ start: m.index + g.index, end: m.index + g.index + g[0].length, digits: g[0] }))
    let i = 0
    while (i < groups.length) {
      const best = bestCardFrom(groups, i, protectedSpans)
      if (best !== null) {
        yield { kind: "card", start: groups[i].start, end: groups[best].end }
        i = best + 1
      } else i++
    }
  }
}

function bestCardFrom(groups: { start: number; end: number; digits: string }[], first: number, protectedSpans: () => readonly Span[]): number | null {
  let digits = ""
  let best: number | null = null
  for (let last = first; last < groups.length; last++) {
    digits += groups[last].digits
    if (digits.length > 19) break
    if (digits.length < 12) continue
    if (overlapsAny(groups[first].start, groups[last].end, protectedSpans())) break
    const count = last - first + 1
    const cardShaped = count >= 3 && groups[first].digits.length === 4 && digits.length >= 13 && groups.slice(first, last + 1).every((g) => g.digits.length >= 3 && g.digits.length <= 6)
    if (passesLuhn(digits) || cardShaped) best = last
  }
  return best
}

// ---- CVV and expiry: only right after card words --------------------------------------

const FILLER = String.raw`[\s:：=#＃.]{0,3}(?:(?:is|was|number|no\.?|code|是|为|號|号)[\s:：=]{0,3})?`
const CVV_WORDS = String.raw`(?:(?<![A-Za-z])(?:cvv2?|cvc2?|cvn2?|cav2|cid|csc|card security code|card verification (?:code|value|number)|security code)(?![A-Za-z])|安全码|卡验证码|验证值|校验码|卡背面(?:的)?(?:三|3)位数?字?码?|背面(?:的)?(?:三|3)位数?字?码?|末三位|后三位)`
const EXPIRY_WORDS = String.raw`(?:(?<![A-Za-z])(?:exp(?:iry|iration)?(?: date)?|expires|valid (?:thru|through|until)|good thru|mm\s?/\s?yy)(?![A-Za-z])|有效期(?:至|到)?|到期(?:日|日期|时间)?|过期日期?)`
const EXPIRY_VALUE = String.raw`(?:(?:0?[1-9]|1[0-2])\s?[/\-.]\s?(?:\d{4}|\d{2})|\d{4}\s?[/\-.]\s?(?:0?[1-9]|1[0-2])|\d{2,4}\s?年\s?\d{1,2}\s?月)(?!\d)`

function* findAfterWords(text: string, pattern: RegExp, kind: RedactionKind, protectedSpans: (() => readonly Span[]) | null): Iterable<Found> {
  for (const m of text.matchAll(pattern)) {
    const [start, end] = m.indices?.[1] ?? [0, 0]
    if (end > start && !(protectedSpans && overlapsAny(start, end, protectedSpans()))) yield { kind, start, end }
  }
}

// One-time codes the bank sends ("验证码 482913", "your OTP is 482913"): short-lived, but
// whoever holds one while it is valid can approve the payment, so they never leave the page.
const OTP_WORDS = String.raw`(?:(?<![A-Za-z])(?:otp|one[- ]time (?:password|passcode|code|pin)|verification code|security code sent|sms code|passcode|auth(?:entication)? code)(?![A-Za-z])|短信验证码|验证码|動態密碼|动态密码|驗證碼|校驗碼)`
const OTP_PATTERN = new RegExp(String.raw`${OTP_WORDS}${FILLER}(?<![\dA-Za-z])(\d{4,8})(?!\d)`, "gid")

const CVV_PATTERN = new RegExp(String.raw`${CVV_WORDS}${FILLER}(?<![\dA-Za-z])(\d{3,4})(?!\d)`, "gid")
const EXPIRY_PATTERN = new RegExp(String.raw`${EXPIRY_WORDS}${FILLER}(?<![\dA-Za-z])(${EXPIRY_VALUE})`, "gid")

// ---- phone numbers without a country prefix -------------------------------------------

const PHONE_WORDS = String.raw`(?:(?<![A-Za-z])(?:phone|mobile|tel|telephone|cell|whatsapp|contact number)(?![A-Za-z])|手机号?码?|电话号?码?|联系电话|联系方式|预留手机号?码?|预留号码)`
const PHONE_AFTER_WORDS = new RegExp(String.raw`${PHONE_WORDS}${FILLER}(?<![\dA-Za-z])(\(?\d{2,5}\)?(?:[ -]?\d{2,5}){1,4})(?!\d)`, "gid")

function* findDomesticPhones(text: string, allProtected: SpanSource): Iterable<Found> {
  let spans: readonly ProtectedSpan[] | null = null
  const protectedSpans = () => (spans ??= withoutAmounts(allProtected()))
  // Mainland mobiles: 1[3-9]x xxxx xxxx; landlines with a 0-area code and a separator.
  const patterns = [/(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, /(?<![\d-])(?:\(0\d{2,3}\)\s?|0\d{2,3}[\s-])\d{3,4}[\s-]?\d{4}(?![\d-])/g]
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (!overlapsAny(m.index, m.index + m[0].length, protectedSpans())) yield { kind: "phone", start: m.index, end: m.index + m[0].length }
    }
  }
  for (const found of findAfterWords(text, PHONE_AFTER_WORDS, "phone", protectedSpans)) {
    const digits = countDigits(text.slice(found.start, found.end))
    if (digits >= 7 && digits <= 15) yield found
  }
}

// ---- passports --------------------------------------------------------------------------

const PASSPORT_WORDS = String.raw`(?:(?<![A-Za-z])(?:passport|travel document)(?: (?:no\.?|number|#))?(?![A-Za-z])|护照号?码?|證件號碼|证件号?码?|旅行证件号?码?)`
const PASSPORT_AFTER_WORDS = new RegExp(String.raw`${PASSPORT_WORDS}${FILLER}(?<![\dA-Za-z])([A-Za-z]{0,2}\d{6,9})(?![\dA-Za-z])`, "gid")

function* findPassports(text: string, protectedSpans: SpanSource): Iterable<Found> {
  yield* findAfterWords(text, PASSPORT_AFTER_WORDS, "passport", protectedSpans)
  // Chinese passports stand out on their own: E/G/P/D/S + 8 digits, or E + letter + 7 digits.
  for (const m of text.matchAll(/(?<![A-Za-z0-9])(?:[EGPDS]\d{8}|E[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])/g)) {
    yield { kind: "passport", start: m.index, end: m.index + m[0].length }
  }
}

// ---- long references and account ids ----------------------------------------------------

/** IBAN-like account numbers, confirmed by the ISO 13616 mod-97 check. */
function* findIbans(text: string): Iterable<Found> {
  const pattern = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g
  for (const m of text.matchAll(pattern)) {
    if (passesIbanCheck(m[0].replace(/ /g, ""))) yield { kind: "reference", start: m.index, end: m.index + m[0].length }
  }
}

function passesIbanCheck(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const ch of rearranged) {
    const value = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

/**
 * Tokens of letters and digits (joined by - or _) that look like identifiers: ten or more
 * characters of which at least four, and at least a third, are digits ("IND-2026-000123",
 * "TXN20261127123456", an 18-digit ID card number), or long random-looking ids mixing
 * upper case, lower case and digits ("pi_3NfK2eZvKYlo2C0abcd1234").
 *
 * Application reference numbers are useful to a volunteer, but they identify the applicant
 * on the portal (with a passport number or birth date they open the application), so they
 * are removed like any other id; the applicant can add one to the note if they choose.
 */
function* findReferences(text: string, protectedSpans: SpanSource): Iterable<Found> {
  const token = /(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g
  for (const m of text.matchAll(token)) {
    if (looksLikeId(m[0]) && !insideAny(m.index, m.index + m[0].length, protectedSpans())) {
      yield { kind: "reference", start: m.index, end: m.index + m[0].length }
    }
  }
}

function looksLikeId(token: string): boolean {
  const alnum = token.replace(/[-_]/g, "")
  const digits = countDigits(alnum)
  if (alnum.length >= 10 && digits >= 4 && digits * 3 >= alnum.length) return true
  return token.split(/[-_]/).some((part) => part.length >= 16 && /[a-z]/.test(part) && /[A-Z]/.test(part) && countDigits(part) >= 3)
}

/**
 * Each detector with the least its finds need (from its patterns): an e-mail needs "@";
 * cards 12 digits, international phones 8, domestic ones 7; passports a run of 6; one-time
 * codes a run of 4, CVVs a run of 3; an expiry 3 digits with a run of 2 (MM/YY); an IBAN its
 * 2 check digits; a reference 3 digits. redact-gates.test.ts holds the patterns to these.
 */
const DETECTORS: Detector[] = [
  { applies: (s) => s.hasAt, detect: findEmails },
  { applies: (s) => s.digits >= 8, detect: findInternationalPhones },
  { applies: (s) => s.digits >= 12, detect: findCardNumbers },
  { applies: (s) => s.longestRun >= 3, detect: (text, spans) => findAfterWords(text, CVV_PATTERN, "cvv", spans) },
  { applies: (s) => s.longestRun >= 4, detect: (text, spans) => findAfterWords(text, OTP_PATTERN, "otp", spans) },
  { applies: (s) => s.digits >= 3 && s.longestRun >= 2, detect: (text) => findAfterWords(text, EXPIRY_PATTERN, "expiry", null) },
  { applies: (s) => s.longestRun >= 6, detect: findPassports },
  { applies: (s) => s.digits >= 7, detect: findDomesticPhones },
  { applies: (s) => s.longestRun >= 2, detect: findIbans },
  { applies: (s) => s.digits >= 3, detect: findReferences }
]
