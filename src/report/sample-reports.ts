import type { DiagnosisItem } from "~src/diagnosis/types"
import type { EnvironmentFacts } from "~src/environment/types"
import type { NetworkEvent } from "~src/network/types"
import type { CapturedError, PageState } from "~src/page/types"

import { buildReport, type BuildReportInput } from "./build"
import type { ReportV1 } from "./schema"

/**
 * Realistic reports for size measurements, the format document's example and tests. They
 * follow the seed's cases (international payments off, code not received, a page stuck on
 * Safari, a method not accepted) on real portals. Cause, fix and evidence ids are the
 * knowledge base's (src/diagnosis); confidences are illustrative, not engine output.
 */

const CHROME_WINDOWS: Partial<EnvironmentFacts> = {
  browser: { name: "Chrome", version: "131.0.6778.86", major: 131, engine: "Blink" },
  os: { name: "Windows", version: "11" },
  device: "desktop",
  languages: ["zh-CN", "zh", "en"],
  timeZone: "Asia/Shanghai",
  utcOffsetMinutes: 480,
  localTime: "2026-11-27T11:05:00+08:00",
  clockSkewSeconds: 2,
  cookiesEnabled: true,
  thirdPartyCookiesBlocked: false,
  online: true,
  connection: { effectiveType: "4g", downlinkMbps: 10, rttMs: 50, saveData: false },
  viewport: { width: 1536, height: 730, devicePixelRatio: 1.25, zoomPercent: 100 },
  pageErrors: { count: 0, messages: [] },
  extensionVersion: "0.1.0"
}

const SAFARI_IPHONE: Partial<EnvironmentFacts> = {
  browser: { name: "Safari", version: "17.4.1", major: 17, engine: "WebKit" },
  os: { name: "iOS", version: "17.4.1" },
  device: "mobile",
  languages: ["zh-CN"],
  timeZone: "Asia/Shanghai",
  utcOffsetMinutes: 480,
  localTime: "2026-11-27T21:40:12+08:00",
  clockSkewSeconds: null,
  cookiesEnabled: true,
  thirdPartyCookiesBlocked: true,
  online: true,
  connection: null,
  viewport: { width: 390, height: 664, devicePixelRatio: 3, zoomPercent: null },
  pageErrors: { count: 2, messages: ["TypeError: undefined is not an object (evaluating 'window.paymentForm.submit')", "Script error."] },
  extensionVersion: "0.1.0"
}

const EDGE_MAC_EN: Partial<EnvironmentFacts> = {
  browser: { name: "Microsoft Edge", version: "131.0.2903.70", major: 131, engine: "Blink" },
  os: { name: "macOS", version: "14.6" },
  device: "desktop",
  languages: ["en-GB", "en"],
  timeZone: "Europe/London",
  utcOffsetMinutes: 0,
  localTime: "2026-11-27T09:15:30+00:00",
  clockSkewSeconds: -1,
  cookiesEnabled: true,
  thirdPartyCookiesBlocked: null,
  online: true,
  connection: { effectiveType: "4g", downlinkMbps: 8.4, rttMs: 100 },
  viewport: { width: 1440, height: 789, devicePixelRatio: 2, zoomPercent: 110 },
  pageErrors: { count: 0, messages: [] },
  extensionVersion: "0.1.0"
}

const INDIA = { id: "india-evisa", name: { en: "India e-Visa (Government of India)", "zh-CN": "印度电子签证（印度政府官网）" }, kind: "portal" as const }
const AUSTRALIA = { id: "australia-immiaccount", name: { en: "Australia ImmiAccount", "zh-CN": "澳大利亚 ImmiAccount" }, kind: "portal" as const }
const SBI_EPAY = { id: "sbi-epay", name: { en: "SBI ePay", "zh-CN": "印度国家银行 SBI ePay" }, kind: "gateway" as const }

function page(site: PageState["site"], origin: string, path: string, step: PageState["step"], errors: CapturedError[]): PageState {
  return { site, origin, path, step, errors, signals: { cardForm: step.id === "card-entry", otpInput: step.id === "verification", threeDSFrame: false, processing: false } }
}

const error = (text: string, code: string | undefined, source: CapturedError["source"], time: string): CapturedError => ({
  text,
  ...(code ? { code } : {}),
  source,
  firstSeen: time,
  lastSeen: time
})

const cause = (id: string, category: DiagnosisItem["category"], confidence: number, fixes: string[], evidence: DiagnosisItem["evidence"]): DiagnosisItem => ({
  cause: id,
  category,
  confidence,
  evidence,
  fixes
})

const TOOL = { name: "e-Visa Pay Helper", version: "0.1.0" }

/** The inputs behind the sample reports, so tests can vary them. */
export const SAMPLE_INPUTS: BuildReportInput[] = [
  {
    // Seed 2.1 / case 1: international payments switched off on a Chinese Visa card.
    pageState: page(
      SBI_EPAY,
      "https://www.sbiepay.sbi",
      "/secure/AggregatorHostedListener",
      { id: "confirmation", confidence: 0.8, evidence: ["url /AggregatorHostedListener/", "text \"Transaction Failed\""] },
      [error("Transaction Failed. Reason: Transaction declined by issuing bank (05) Do not honour", "05", "known-class", "2026-11-27T03:04:41.000Z")]
    ),
    environment: CHROME_WINDOWS,
    network: [],
    diagnosis: [
      cause("international-payments-off", "bank-restriction", 0.78, ["contact-bank-enable-overseas", "use-another-card"], [
        { kind: "code", id: "code-iso8583", params: { code: "05" } },
        { kind: "step", id: "at-step", params: { step: "confirmation" } }
      ]),
      cause("generic-decline", "generic-decline", 0.35, ["contact-bank-about-card", "wait-before-retry"], [{ kind: "text", id: "page-said", params: { text: "declined by issuing bank" } }])
    ],
    answers: { paymentMethod: "visa", cardType: "credit", issuerCountry: "CN", codeReceived: "not-asked" },
    tried: [{ fix: "check-card-details", outcome: "did-not-help" }],
    locale: "zh-CN",
    now: new Date("2026-11-27T03:05:00Z"),
    note: "已经试了两次，卡号 4111 1111 1111 1111 是对的，手机 13800138000",
    tool: TOOL,
    portalTimeZone: "Asia/Kolkata"
  },
  {
    // Seed 2.2 / case 3: the bank's code never arrives; the phone differs from the bank's record.
    pageState: page(
      { id: "bank-3ds", name: { en: "Bank security check (3-D Secure)", "zh-CN": "银行安全验证页面" }, kind: "bank-verification" },
      "https://acs.example-bank.cn",
      "/acs/challenge",
      { id: "verification", confidence: 0.9, evidence: ["autocomplete one-time-code", "text \"验证码\""] },
      [error("验证码已过期，请重新获取", undefined, "alert-role", "2026-11-27T13:38:02.000Z"), error("验证码错误，您还可以尝试 2 次", undefined, "alert-role", "2026-11-27T13:39:40.000Z")]
    ),
    environment: SAFARI_IPHONE,
    network: [],
    diagnosis: [
      cause("phone-differs-from-bank", "verification-failed", 0.82, ["update-bank-phone", "use-bank-registered-phone"], [
        { kind: "answer", id: "code-not-received" },
        { kind: "answer", id: "phone-differs" }
      ]),
      cause("code-wrong-or-expired", "verification-failed", 0.6, ["enter-latest-code-promptly"], [{ kind: "text", id: "page-said", params: { text: "验证码已过期" } }])
    ],
    answers: { paymentMethod: "unionpay", cardType: "debit", issuerCountry: "CN", codeReceived: "no", phoneDiffersFromBank: true, device: "phone" },
    tried: [{ fix: "enter-latest-code-promptly", outcome: "did-not-help" }, { fix: "improve-signal-and-wait", outcome: "did-not-help" }],
    locale: "zh-CN",
    now: new Date("2026-11-27T13:40:12Z"),
    tool: TOOL
  },
  {
    // Seed 2.3 / case 2: the page hangs on an iPhone; the gateway script is blocked.
    pageState: page(
      INDIA,
      "https://indianvisaonline.gov.in",
      "/evisa/PaymentCheck",
      { id: "payment-method", confidence: 0.7, evidence: ["url /PaymentCheck/"] },
      [error("Payment gateway is not responding. Please try again later.", undefined, "dialog", "2026-11-27T13:35:00.000Z")]
    ),
    environment: SAFARI_IPHONE,
    network: [
      { origin: "https://www.sbiepay.sbi", path: "/secure/js/checkout.js", kind: "blocked-by-client", error: "net::ERR_BLOCKED_BY_CLIENT", resourceType: "script", time: "2026-11-27T13:34:58.120Z" },
      { origin: "https://indianvisaonline.gov.in", path: "/evisa/PaymentCheck", kind: "http", status: 503, resourceType: "xmlhttprequest", time: "2026-11-27T13:34:59.000Z" }
    ],
    diagnosis: [
      cause("blocker-extension", "browser-problem", 0.7, ["pause-blocking-extensions", "use-current-browser"], [{ kind: "network", id: "blocked-by-client", params: { origin: "https://www.sbiepay.sbi" } }]),
      cause("gateway-outage", "site-or-gateway-error", 0.5, ["retry-later", "check-payment-status-first"], [{ kind: "network", id: "server-error", params: { origin: "https://indianvisaonline.gov.in", status: 503 } }])
    ],
    answers: { paymentMethod: "mastercard", device: "phone" },
    tried: [{ fix: "clear-site-data", outcome: "did-not-help" }],
    locale: "zh-CN",
    now: new Date("2026-11-27T13:36:00Z"),
    note: "用的是手机 Safari，页面一直转圈",
    tool: TOOL,
    portalTimeZone: "Asia/Kolkata"
  },
  {
    // Seed 2.4 / case 2.4: the method is not accepted here.
    pageState: page(
      AUSTRALIA,
      "https://online.immi.gov.au",
      "/lusc/payment",
      { id: "payment-method", confidence: 0.85, evidence: ["url /payment/", "text \"Payment method\""] },
      [error("The card type you have entered is not accepted. Accepted cards: Visa, Mastercard, American Express, JCB, UnionPay, Diners Club.", undefined, "known-class", "2026-11-27T09:14:00.000Z")]
    ),
    environment: EDGE_MAC_EN,
    network: [],
    diagnosis: [cause("card-brand-not-accepted", "method-not-accepted", 0.88, ["show-accepted-methods", "use-another-card"], [{ kind: "answer", id: "method-not-accepted", params: { method: "discover" } }])],
    answers: { paymentMethod: "discover", cardType: "credit", issuerCountry: "US" },
    tried: [],
    locale: "en",
    now: new Date("2026-11-27T09:15:30Z"),
    tool: TOOL,
    portalTimeZone: "Australia/Sydney"
  },
  {
    // Funds: a volunteer's English report of a decline with a reason code, application id redacted.
    pageState: page(
      INDIA,
      "https://indianvisaonline.gov.in",
      "/evisa/PaymentFailure",
      { id: "confirmation", confidence: 0.75, evidence: ["url /PaymentFailure/"] },
      [error("Your payment for application IND-2026-000123 of USD 80.00 could not be completed (reason code 51).", "51", "profile", "2026-11-27T09:01:00.000Z")]
    ),
    environment: EDGE_MAC_EN,
    network: [],
    diagnosis: [
      cause("insufficient-funds", "insufficient-funds", 0.8, ["check-balance", "use-another-card"], [{ kind: "code", id: "code-iso8583", params: { code: "51" } }]),
      cause("spending-limit-reached", "insufficient-funds", 0.4, ["contact-bank-raise-limit"], [])
    ],
    answers: { paymentMethod: "visa", cardType: "debit", issuerCountry: "GB" },
    tried: [{ fix: "check-balance", outcome: "helped" }],
    locale: "en",
    now: new Date("2026-11-27T09:05:00Z"),
    tool: TOOL,
    portalTimeZone: "Asia/Kolkata"
  },
  {
    // Unknown site, session expired after a long form; money may have left the account.
    pageState: page(
      null,
      "https://evisa.example.gov",
      "/apply/pay",
      { id: "confirmation", confidence: 0.5, evidence: ["generic: role=alert"] },
      [error("会话已超时，请重新登录。如已扣款，请勿重复支付。", undefined, "alert-role", "2026-11-27T02:20:00.000Z")]
    ),
    environment: CHROME_WINDOWS,
    network: [{ origin: "https://evisa.example.gov", path: "/apply/pay/callback", kind: "timeout", error: "net::ERR_TIMED_OUT", resourceType: "main_frame", time: "2026-11-27T02:19:30.000Z" }],
    diagnosis: [
      cause("payment-status-unknown", "site-or-gateway-error", 0.7, ["check-payment-status-first", "confirm-payment-with-bank"], [{ kind: "answer", id: "charged-without-receipt" }]),
      cause("session-expired", "session-expired", 0.65, ["start-payment-again"], [{ kind: "text", id: "page-said", params: { text: "会话已超时" } }])
    ],
    answers: { paymentMethod: "visa", cardType: "credit", issuerCountry: "CN", chargedWithoutReceipt: true },
    tried: [],
    locale: "zh-CN",
    now: new Date("2026-11-27T02:21:00Z"),
    note: "银行短信说扣了 568.00 元，但网站没有收据",
    tool: TOOL
  }
]

/** The sample reports, built (and so redacted) exactly as the extension builds them. */
export function sampleReports(): ReportV1[] {
  return SAMPLE_INPUTS.map((input) => buildReport(input))
}
