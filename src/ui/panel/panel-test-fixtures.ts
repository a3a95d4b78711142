/**
 * Test-only: a small, fixed knowledge base and model builder for the panel's view tests, so
 * they pin the panel's behaviour rather than the knowledge base's current wording.
 */
import { h, render } from "preact"
import { act } from "preact/test-utils"
import { vi } from "vitest"

import type { CauseText, PanelKnowledge, PreviewItem } from "./knowledge"
import type { PanelActions, PanelModel } from "./model"
import { Panel } from "./Panel"
import type { FixDefinition } from "~src/diagnosis/types"
import type { ReportV1 } from "~src/report/schema"
import type { SiteProfile } from "~src/sites/profile"
import { DEFAULT_SETTINGS } from "~src/store/settings"

const L = (zh: string, en: string) => ({ "zh-CN": zh, en })

export const CAUSES: Record<string, CauseText> = {
  "international-payments-off": {
    title: L("这张卡没有开通境外支付", "Overseas payments are switched off for this card"),
    explanation: L("您的银行拦下了这笔境外付款，因为这张卡还没有开通境外网上支付。", "Your bank stopped this overseas payment because the card is not set up for overseas online payments."),
    technical: L("发卡行拒绝跨境 CNP 交易（ISO 8583 响应码 57/62）。", "Issuer declined a cross-border CNP transaction (ISO 8583 response 57/62)."),
    category: "bank-restriction",
    fixes: ["enable-overseas-payments", "wait-before-retry"]
  },
  "virtual-phone-number": {
    title: L("验证码发不到虚拟号码", "The code can't reach a virtual number"),
    explanation: L("银行只把验证码发到实名登记的手机号，虚拟号码收不到。", "Banks only send the code to a real-name mobile number; a virtual number won't get it."),
    technical: L("3DS OTP 无法投递到非实名号码。", "3DS OTP undeliverable to a non-real-name number."),
    category: "verification-failed",
    fixes: ["use-real-name-phone"]
  },
  "stale-cache": {
    title: L("浏览器里的旧数据让页面卡住了", "Old data in the browser is holding the page up"),
    explanation: L("浏览器保存的旧文件和网站的新页面对不上，所以页面卡住了。", "Files your browser saved earlier no longer match the site, so the page gets stuck."),
    technical: L("缓存的脚本与服务器版本不一致。", "Cached scripts out of step with the server."),
    category: "browser-problem",
    fixes: ["clear-site-cache"]
  },
  "method-not-accepted-here": {
    title: L("这个网站不收这种付款方式", "This site doesn't take this way of paying"),
    explanation: L("这个网站不接受您选的付款方式，需要换一张银行卡。", "This site doesn't accept the method you chose, so another card is needed."),
    technical: L("商户未开通该支付方式。", "Method not enabled for the merchant."),
    category: "method-not-accepted",
    fixes: ["use-credit-card-instead"]
  },
  "generic-decline": {
    title: L("交易被拒绝，没有说明原因", "Declined without a reason"),
    explanation: L("银行拒绝了这笔付款，但没有说原因。", "The bank declined the payment without saying why."),
    technical: L("通用拒绝（05 do not honour）。", "Generic decline (05 do not honour)."),
    category: "generic-decline",
    fixes: ["call-bank"]
  },
  "outdated-browser": {
    title: L("浏览器版本太旧", "The browser is too old"),
    explanation: L("这个浏览器版本太旧，付款页面可能用不了。", "This browser version is too old for the payment page."),
    technical: L("浏览器版本低于站点要求。", "Browser below the site's minimum."),
    category: "browser-problem",
    fixes: ["switch-browser"]
  }
}

const fix = (id: string, actor: FixDefinition["actor"], title: [string, string], steps: [string, string][], action?: FixDefinition["action"]): FixDefinition => ({
  id,
  actor,
  title: L(...title),
  steps: steps.map(([zh, en]) => L(zh, en)),
  action
})

export const FIXES: Record<string, FixDefinition> = {
  "enable-overseas-payments": fix(
    "enable-overseas-payments",
    "bank",
    ["请银行开通境外支付", "Ask your bank to switch on overseas payments"],
    [
      ["打开银行 App，找到“境外支付”设置", "Open your bank's app and find the overseas payments setting"],
      ["开通后再回来付款", "Switch it on, then come back and pay"]
    ],
    "card-checklist"
  ),
  "wait-before-retry": fix("wait-before-retry", "applicant", ["等一会儿再试", "Wait before trying again"], [["至少等半小时", "Wait at least half an hour"]], "wait-before-retry"),
  "use-real-name-phone": fix("use-real-name-phone", "bank", ["改用实名手机号", "Use your real-name number"], [["请银行把预留手机号改成您的实名号码", "Ask the bank to change the number on file"]]),
  "clear-site-cache": fix(
    "clear-site-cache",
    "applicant",
    ["清除这个网站的缓存", "Clear this site's cache"],
    [["先记下申请编号", "Note your application number"], ["清除后重新登录", "Clear, then sign in again"]],
    "clear-site-data"
  ),
  "use-credit-card-instead": fix(
    "use-credit-card-instead",
    "applicant",
    ["改用信用卡付款", "Pay by credit card instead"],
    [["选择 Visa 或万事达信用卡", "Choose a Visa or Mastercard credit card"]],
    "show-payment-methods"
  ),
  "call-bank": fix("call-bank", "bank", ["打电话问银行", "Call your bank"], [["问银行为什么拒绝", "Ask the bank why it was declined"]]),
  "switch-browser": fix("switch-browser", "applicant", ["换个浏览器", "Use another browser"], [["用最新版 Chrome 打开", "Open it in an up-to-date Chrome"]], "switch-browser")
}

/** A fake report module: items are the errors, the environment and the note. */
function previewItems(report: ReportV1): PreviewItem[] {
  const items: PreviewItem[] = [{ id: "site", label: "Site", segments: [{ text: "online.immi.gov.au" }], removable: false }]
  report.errors.forEach((error, index) => items.push({ id: `error-${index}`, label: `Error ${index + 1}`, segments: [{ text: error.text }] }))
  if (report.environment.browser) items.push({ id: "environment", label: "Browser", segments: [{ text: report.environment.browser.name }] })
  items.push({ id: "contact", label: "Contact", segments: [{ text: "mail " }, { text: "‹email›", redacted: "email" }] })
  return items
}

function withoutItems(report: ReportV1, ids: readonly string[]): ReportV1 {
  return {
    ...report,
    errors: report.errors.filter((_, index) => !ids.includes(`error-${index}`)),
    environment: ids.includes("environment") ? {} : report.environment
  }
}

export const testKnowledge: PanelKnowledge = {
  cause: (id) => CAUSES[id],
  fix: (id) => FIXES[id],
  describeEvidence: (note, locale) => (locale === "zh-CN" ? `依据：${note.id}` : `because: ${note.id}`) + (note.params?.text ? ` “${note.params.text}”` : ""),
  previewItems,
  withoutItems,
  withNote: (report, note) => ({ ...report, note }),
  chatText: (report) =>
    [
      "Report",
      ...report.errors.map((error) => `> ${error.text}`),
      report.environment.browser ? `Browser: ${report.environment.browser.name}` : "",
      report.note ? `Note: ${report.note}` : "",
      "EVPR1.abc"
    ]
      .filter(Boolean)
      .join("\n")
}

export function testReport(): ReportV1 {
  return {
    format: "evisa-pay-report",
    version: 1,
    createdAt: "2026-11-25T18:00:00+08:00",
    tool: { name: "e-Visa Pay Helper", version: "0.1.0" },
    locale: "zh-CN",
    page: { site: null, origin: "https://example.test", path: "/pay", step: { id: "card-entry", confidence: 0.9, evidence: [] } },
    errors: [{ text: "Transaction declined", source: "alert-role", firstSeen: "2026-11-25T18:00:00+08:00", lastSeen: "2026-11-25T18:00:00+08:00" }],
    environment: { browser: { name: "Safari", version: "15.6", major: 15, engine: "WebKit" } },
    network: [],
    diagnosis: [],
    answers: {},
    tried: []
  }
}

export const AUSTRALIA: SiteProfile = {
  id: "australia-immiaccount",
  names: L("澳大利亚移民局 ImmiAccount", "Australia ImmiAccount"),
  country: "AU",
  kind: "portal",
  hosts: ["online.immi.gov.au"],
  languages: ["en"],
  steps: [],
  errorRegions: [],
  payment: { accepted: ["visa", "mastercard", "amex", "jcb", "diners", "unionpay", "paypal"], currency: "AUD" },
  timeZone: "Australia/Sydney",
  maintenance: [{ days: [0], start: "02:00", end: "04:00", timeZone: "Australia/Sydney", note: L("周日凌晨例行维护", "Sunday early-morning maintenance"), unverified: true }],
  hints: {
    "payment-method": [L("这里可以用 PayPal 或银联卡付款。", "You can pay with PayPal or UnionPay here."), L("付款会加收小额手续费。", "A small surcharge is added.")]
  },
  sources: [],
  testUrls: []
}

export const US_PORTAL: SiteProfile = {
  id: "us-visa-fee",
  names: L("美国签证缴费", "US visa fee payment"),
  country: "US",
  kind: "portal",
  hosts: ["example-us.test"],
  languages: ["en"],
  steps: [],
  errorRegions: [],
  payment: { accepted: ["visa", "mastercard", "amex", "discover"], notAccepted: ["paypal"], currency: "USD" },
  timeZone: "America/New_York",
  browsers: { recommended: ["chrome", "edge", "firefox"], minimum: { safari: 16, chrome: 110 } },
  sources: [],
  testUrls: []
}

type ModelOverrides = Partial<Omit<PanelModel, "state" | "settings">> & {
  state?: Partial<PanelModel["state"]>
  settings?: Partial<PanelModel["settings"]>
  step?: PanelModel["state"]["step"]["id"]
  errorTexts?: string[]
}

export function makeModel(overrides: ModelOverrides = {}): PanelModel {
  const { state, settings, step = "card-entry", errorTexts = [], profile = AUSTRALIA, ...rest } = overrides
  const now = rest.now ?? "2026-11-25T10:00:00.000Z"
  return {
    locale: "zh-CN",
    profile,
    diagnosis: [],
    environment: { timeZone: "Asia/Shanghai", utcOffsetMinutes: 480 },
    network: [],
    attempts: [],
    tried: [],
    answers: {},
    now,
    ...rest,
    settings: { ...DEFAULT_SETTINGS, panel: { collapsed: false, side: "right" }, ...settings },
    state: {
      site: profile ? { id: profile.id, name: profile.names, kind: profile.kind } : null,
      origin: "https://online.immi.gov.au",
      path: "/elp/app",
      step: { id: step, confidence: 0.9, evidence: ["selector #creditCardDetails"] },
      errors: errorTexts.map((text) => ({ text, source: "alert-role" as const, firstSeen: now, lastSeen: now })),
      signals: { cardForm: step === "card-entry", otpInput: false, threeDSFrame: false, processing: false },
      ...state
    }
  }
}

export function makeActions(overrides: Partial<PanelActions> = {}): PanelActions & { [K in keyof PanelActions]: ReturnType<typeof vi.fn> } {
  return {
    setCollapsed: vi.fn(),
    hideOnThisSite: vi.fn(),
    recordTried: vi.fn(),
    runAction: vi.fn(async () => ({ ok: true, messageId: "action-shown" })),
    buildReport: vi.fn(testReport),
    copyReport: vi.fn(async () => true),
    answer: vi.fn(),
    dismissChecklist: vi.fn(),
    ...overrides
  } as never
}

export interface RenderedPanel {
  container: HTMLElement
  actions: ReturnType<typeof makeActions>
  rerender(model: PanelModel): void
  text(): string
  button(name: string | RegExp): HTMLButtonElement
  click(element: Element): Promise<void>
  unmount(): void
}

/** Renders the panel into a div in the document, with the fixed test knowledge by default. */
export function renderPanel(model: PanelModel, actions = makeActions(), knowledge: PanelKnowledge = testKnowledge): RenderedPanel {
  const container = document.createElement("div")
  document.body.append(container)
  const draw = (next: PanelModel) => act(() => render(h(Panel, { model: next, actions, knowledge }), container))
  draw(model)
  const buttons = () => [...container.querySelectorAll("button")] as HTMLButtonElement[]
  const name = (button: HTMLButtonElement) => `${button.getAttribute("aria-label") ?? ""} ${button.textContent ?? ""}`
  return {
    container,
    actions,
    rerender: draw,
    text: () => container.textContent ?? "",
    button(label) {
      const found = buttons().filter((button) => (typeof label === "string" ? name(button).includes(label) : label.test(name(button))))
      if (found.length === 0) throw new Error(`no button ${String(label)} in: ${buttons().map(name).join(" | ")}`)
      return found[0]!
    },
    async click(element) {
      await act(async () => {
        ;(element as HTMLElement).click()
      })
    },
    unmount() {
      render(null, container)
      container.remove()
    }
  }
}
