import { join } from "node:path"

import type { Frame, Page } from "puppeteer-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { getCause, getFix } from "~src/diagnosis/index"
import { decodeShareInput } from "~src/report/decode-share-input"
import { messages, type PanelMessageId } from "~src/ui/panel/messages"

import { FIXTURES, fixtureUrl } from "../harness"
import { launchFirefox, type FirefoxSession } from "./harness"
import {
  answerInPanel,
  clickInPanel,
  clickPanelButton,
  copyReportFromPanel,
  escapeRegExp,
  openPanel,
  panelText,
  readClipboard,
  sleep,
  topCause,
  waitFor,
  waitForPanelText
} from "./panel-driver"

/**
 * The extension in Firefox ESR for a Chinese-speaking applicant: the first slice (India's
 * decline, copied and decoded) and three of the seed's cases (seed/000_808560291828e94b.txt:
 * 2.2 the SMS code to a virtual number, 2.3 the page that hangs, 2.3/3.2 "try another
 * browser"), as test/e2e/seed-cases.e2e.ts runs them in Chromium. Expected words come from the
 * knowledge base by id. One Firefox for the file.
 */

const t = (key: PanelMessageId, params: Record<string, string> = {}) =>
  messages["zh-CN"][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`)
const cause = (id: string) => getCause(id)!.title["zh-CN"]
const fix = (id: string) => getFix(id)!.title["zh-CN"]
const seed = (name: string) => join(FIXTURES, "seed", name)
const site = (name: string) => join(FIXTURES, "sites", name)

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox({ locale: "zh-CN" })
})
afterAll(async () => session?.close())

async function visit(file: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.openFixture(file)
  const frame = await openPanel(page)
  await waitFor("the panel to render", () => panelText(frame))
  return { page, frame }
}

/** The panel's most likely cause is `causeId`, its first fix `firstFix`. */
async function expectTopCause(frame: Frame, causeId: string, firstFix: string): Promise<void> {
  const top = await waitFor<{ title: string; fixes: string[] } | null>(`top cause ${causeId}`, async () => {
    const shown = await topCause(frame)
    return shown.title.includes(cause(causeId)) ? shown : null
  })
  expect(top!.fixes[0]).toContain(fix(firstFix))
}

describe("Firefox ESR (zh-CN)", () => {
  it("first slice: 网站、步骤、页面上的错误和最可能的原因；复制报告 → 预览 → 复制，剪贴板里的分享码能解开", async () => {
    const { page, frame } = await visit(site("india-evisa/confirmation-declined.html"))
    const text = await waitForPanelText(frame, "not been enabled for international transactions")
    expect(text).toContain("印度电子签证")
    expect(text).toMatch(/确认/)
    await expectTopCause(frame, "international-payments-off", "contact-bank-enable-overseas")

    const before = session.extensionErrors().length
    const shown = await copyReportFromPanel(frame)
    const copied = await readClipboard(page)
    expect(copied).toBe(shown)
    expect(copied).toMatch(/[\u4e00-\u9fff]/)
    const decoded = decodeShareInput(copied)
    expect(decoded.ok, copied).toBe(true)
    if (decoded.ok) {
      expect(decoded.report.locale).toBe("zh-CN")
      expect(decoded.report.page.site?.id).toBe("india-evisa")
      expect(decoded.report.page.step.id).toBe("confirmation")
      expect(decoded.report.diagnosis[0]?.category).toBe("bank-restriction")
    }
    await sleep(300)
    expect(session.extensionErrors().slice(before)).toEqual([])
    await page.close()
  })

  it("seed 2 · 收不到短信验证码，用的是虚拟号码（在面板里回答）→ 用银行登记的实名手机号", async () => {
    const { page, frame } = await visit(site("bank-3ds/verification.html"))
    await answerInPanel(frame, t("q.codeReceived"), t("q.codeNo"))
    await answerInPanel(frame, t("q.realNamePhone"), t("q.no"))
    await expectTopCause(frame, "virtual-phone-number", "use-bank-registered-phone")
    await page.close()
  })

  it("seed 3 · 付款页面一直转圈后失败 → 清除这个网站的缓存", async () => {
    const { page, frame } = await visit(seed("sbi-epay-stuck.html"))
    await expectTopCause(frame, "stale-cache", "clear-site-data")
    await page.close()
  })

  it("seed 6 · 浏览器问题：“换个浏览器”复制不带查询参数的页面链接，并列出支持的浏览器", async () => {
    const file = seed("india-browser-unsupported.html")
    const { page, frame } = await visit(file)
    await expectTopCause(frame, "outdated-browser", "use-current-browser")
    await clickPanelButton(frame, new RegExp(`^${escapeRegExp(t("action.switch-browser"))}$`), "article.evph-card")
    await waitForPanelText(frame, t("browser.supported", { browsers: ["Chrome", "Firefox", "Edge"].join("、") }))
    await clickInPanel(frame, "article.evph-card button", new RegExp(`^${escapeRegExp(t("browser.copyLink"))}$`))
    await waitForPanelText(frame, t("action-link-copied"))
    const url = new URL(fixtureUrl(file).replace(/&amp;/g, "&"))
    expect(url.search).not.toBe("")
    expect(await readClipboard(page)).toBe(url.origin + url.pathname)
    await page.close()
  })

  it("no error from our pages through all of the above", async () => {
    await sleep(300)
    expect(session.extensionErrors()).toEqual([])
  })
})
