import { join } from "node:path"

import type { Frame, Page } from "puppeteer-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { getCause, getFix } from "~src/diagnosis/index"
import { CLOSE_PANEL_FRAME } from "~src/messaging/panel-frame"
import { decodeShareInput } from "~src/report/decode-share-input"
import { messages as desk } from "~src/ui/desk/messages"
import { messages, type PanelMessageId } from "~src/ui/panel/messages"
import { messages as sidepanelWords } from "~src/ui/sidepanel/messages"

import { FIXTURES, fixtureUrl } from "../harness"
import { EXTENSION_ORIGIN, launchFirefox, openDesk, type FirefoxSession } from "./harness"
import {
  clickInPanel,
  clickPanelButton,
  copyReportFromPanel,
  escapeRegExp,
  findPanelFrame,
  openPanel,
  panelText,
  readClipboard,
  sleep,
  topCause,
  waitFor,
  waitForPanelText
} from "./panel-driver"

/**
 * The extension in Firefox ESR, in English: the in-page panel on the India decline page, a
 * copied report read back by the volunteer desk, "clear this site's data" through
 * browsingData, the browser's sidebar following the active tab, the panel's frame loaded
 * ahead on a page that says the payment is processing, and not one error from our pages
 * through all of it. One Firefox for the file (a launch takes several seconds).
 */

const t = (key: PanelMessageId) => messages.en[key]
const DECLINED = join(FIXTURES, "sites/india-evisa/confirmation-declined.html")
const UNSUPPORTED = join(FIXTURES, "seed/india-browser-unsupported.html")
const SHOP = join(FIXTURES, "e2e/unlisted-shop.html")
const UK_PAYMENT = join(FIXTURES, "sites/uk-visas/payment-method.html")
/** ImmiAccount's "Processing your payment" page: the result replaces it with no input. */
const PROCESSING = join(FIXTURES, "sites/australia-immiaccount/confirmation.html")

let session: FirefoxSession
beforeAll(async () => {
  session = await launchFirefox({ locale: "en-US" })
})
afterAll(async () => session?.close())

/** Opens a fixture and waits for the in-page panel to name a cause. */
/** In the panel's frame: the background of `selector` in the panel's shadow root, and whether it fills the frame. */
function coverOfFrame(selector: string): { background: string; fills: boolean } {
  const element = document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelector<HTMLElement>(selector)
  if (!element) return { background: "none", fills: false }
  const box = element.getBoundingClientRect()
  return { background: getComputedStyle(element).backgroundColor, fills: box.left <= 0 && box.top <= 0 && box.right >= innerWidth && box.bottom >= innerHeight }
}

/** Whether the page holds the panel's frame, and whether it shows it. */
function panelFrameState(page: Page): Promise<"none" | "hidden" | "shown"> {
  return page.evaluate(() => {
    const element = document.querySelector("#evisa-pay-helper-root")?.shadowRoot?.querySelector<HTMLIFrameElement>("iframe.evph-frame")
    return element ? (element.hidden ? "hidden" : "shown") : "none"
  })
}

async function visit(file: string): Promise<{ page: Page; frame: Frame }> {
  const page = await session.openFixture(file)
  const frame = await openPanel(page)
  await waitFor("the panel's diagnosis", async () => (await topCause(frame)).title)
  return { page, frame }
}

describe("Firefox ESR (en-US)", () => {
  it("first slice: the panel shows site, step, error and top cause; Copy → preview → Copy puts a decodable share code on the clipboard, with no error from our pages", async () => {
    const { page, frame } = await visit(DECLINED)
    const text = await waitForPanelText(frame, "not been enabled for international transactions")
    // The frame is transparent over the content script's placeholder: the panel paints all of it, opaque.
    expect(await frame.evaluate(coverOfFrame, "#evph-panel")).toEqual({ background: "rgb(255, 255, 255)", fills: true })
    expect(await page.evaluate(() => !!document.querySelector("#evisa-pay-helper-root")?.shadowRoot?.querySelector(".evph-placeholder"))).toBe(true)
    expect(text).toContain("India e-Visa")
    expect(text).toMatch(/Step 6: Confirm the payment/)
    expect((await topCause(frame)).title).toContain(getCause("international-payments-off")!.title.en)

    const before = session.extensionErrors().length
    const shown = await copyReportFromPanel(frame)
    const copied = await readClipboard(page)
    expect(copied).toBe(shown)
    expect(copied.split("\n").find((line) => line.startsWith("EVPR1.")), copied).toMatch(/^EVPR1\.[A-Za-z0-9_-]+$/)
    const decoded = decodeShareInput(copied)
    expect(decoded.ok).toBe(true)
    if (decoded.ok) {
      expect(decoded.report.locale).toBe("en")
      expect(decoded.report.page.site?.id).toBe("india-evisa")
      expect(decoded.report.page.step.id).toBe("confirmation")
      expect(decoded.report.errors[0]?.text).toContain("international transactions")
      expect(decoded.report.diagnosis[0]?.cause).toBe("international-payments-off")
      // The background read the recognizer's packaged file (without it, the rules alone name no words).
      expect(decoded.report.diagnosis.flatMap((item) => item.evidence.map((note) => note.id))).toContain("recognizer-words")
      expect(decoded.report.environment.browser?.name).toMatch(/firefox/i)
    }
    await sleep(300) // a late complaint about the copy would land here
    expect(session.extensionErrors().slice(before)).toEqual([])
    await page.close()
  })

  it("volunteer desk: the code copied in the panel, pasted into the desk, opens the report with its site, step, error and cause", async () => {
    const { page, frame } = await visit(DECLINED)
    await copyReportFromPanel(frame)
    const options = await openDesk(session, frame)
    await options.bringToFront()
    const box = await options.waitForSelector("textarea")
    await box!.click()
    // A real paste (Ctrl+V) of what the panel put on the clipboard.
    await options.keyboard.down("Control")
    await options.keyboard.press("KeyV")
    await options.keyboard.up("Control")
    expect(await options.evaluate(() => document.querySelector("textarea")!.value)).toContain("EVPR1.")
    const open = await options.waitForSelector(`::-p-text(${desk.en["open-report"]})`)
    await open!.click()
    const shown = await waitFor("the desk's report", async () => {
      const text = await options.evaluate(() => document.querySelector<HTMLElement>('[role="tabpanel"]')?.innerText ?? "")
      return text.includes("not been enabled for international transactions") ? text : ""
    })
    expect(shown).toContain("India e-Visa")
    expect(shown).toMatch(/Confirm/)
    expect(shown).toContain(getCause("international-payments-off")!.title.en)
    await options.close()
    await page.close()
  })

  it("'clear this site's data' removes the portal's cookies and storage through browsingData, and leaves another site's alone", async () => {
    const portalUrl = fixtureUrl(UNSUPPORTED).replace(/&amp;/g, "&")
    const shopUrl = fixtureUrl(SHOP)
    session.serve({ [portalUrl]: UNSUPPORTED, [shopUrl]: SHOP })
    const shop = await session.newPage()
    await shop.goto(shopUrl)
    await shop.evaluate(() => {
      document.cookie = "visitor=other-site; path=/; max-age=3600; secure"
      localStorage.setItem("basket", "kept")
    })
    const page = await session.newPage()
    await page.goto(portalUrl)
    await page.evaluate(() => {
      document.cookie = "JSESSIONID=portal-session; path=/; max-age=3600; secure"
      localStorage.setItem("applicationDraft", "saved")
    })
    const frame = await findPanelFrame(page)
    await waitFor("the panel's diagnosis", async () => (await topCause(frame)).title)

    await clickInPanel(frame, "article.evph-card .evph-fix-title", new RegExp(escapeRegExp(getFix("clear-site-data")!.title.en)))
    await clickPanelButton(frame, new RegExp(`^${escapeRegExp(t("action.clear-site-data"))}$`), "article.evph-card")
    // The warning first; nothing is cleared until the applicant confirms.
    await waitForPanelText(frame, t("clear.warning"))
    expect(await page.evaluate(() => document.cookie)).toContain("JSESSIONID=portal-session")
    await clickPanelButton(frame, new RegExp(`^${escapeRegExp(t("clear.confirm"))}$`), "article.evph-card")
    // Firefox scopes cookies and storage by host but not the cache: the panel says "partly".
    await waitForPanelText(frame, t("action-cleared-partly"))

    await page.reload()
    expect(await page.evaluate(() => document.cookie)).not.toContain("JSESSIONID")
    expect(await page.evaluate(() => localStorage.getItem("applicationDraft"))).toBeNull()
    await shop.reload()
    expect(await shop.evaluate(() => document.cookie)).toContain("visitor=other-site")
    expect(await shop.evaluate(() => localStorage.getItem("basket"))).toBe("kept")
    await shop.close()
    await page.close()
  })

  it("the sidebar shows the active tab's panel, and an answer given there shows in the page's own panel", async () => {
    const { page, frame } = await visit(DECLINED)
    const options = await openDesk(session, frame)
    await options.bringToFront()
    // Opening a sidebar needs a click in one of our pages (as the popup's "Analyse this page" does).
    await options.evaluate(() => {
      const button = document.createElement("button")
      button.id = "test-open-sidebar"
      button.textContent = "sidebar"
      button.style.cssText = "position:fixed;top:0;left:0;z-index:2147483647"
      button.onclick = () => void (globalThis as unknown as { browser: { sidebarAction: { open(): Promise<void> } } }).browser.sidebarAction.open()
      document.body.prepend(button)
    })
    await options.click("#test-open-sidebar")
    await page.bringToFront()

    // The sidebar is an extension page; the desk (same extension) can read it.
    const sidebarText = () =>
      options.evaluate(() => {
        const views = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser.extension.getViews({ type: "sidebar" })
        const root = views[0]?.document.querySelector("#evph-sidepanel")?.shadowRoot
        return root?.querySelector<HTMLElement>("#evph-panel")?.innerText ?? ""
      })
    const shown = await waitFor("the sidebar to show the portal's panel", async () => {
      const text = await sidebarText()
      return text.includes("not been enabled for international transactions") ? text : ""
    })
    expect(shown).toContain("India e-Visa")
    expect(shown).toMatch(/Step 6: Confirm the payment/)
    expect(shown).toContain(getCause("international-payments-off")!.title.en)

    // "How did you pay?" answered in the sidebar reaches the page, and its panel shows it.
    await options.evaluate((question: string) => {
      const views = (globalThis as unknown as { browser: { extension: { getViews(filter: { type: string }): Window[] } } }).browser.extension.getViews({ type: "sidebar" })
      const root = views[0]?.document.querySelector("#evph-sidepanel")?.shadowRoot
      const group = root?.querySelector(`.evph-question[aria-label="${question}"]`)
      const visa = [...(group?.querySelectorAll<HTMLButtonElement>("button") ?? [])].find((b) => b.innerText.trim() === "Visa")
      visa?.click()
    }, t("q.method"))
    await waitFor("the page's panel to show the answer", () =>
      frame.evaluate((question: string) => {
        const group = document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelector(`.evph-question[aria-label="${question}"]`)
        return [...(group?.querySelectorAll<HTMLButtonElement>("button") ?? [])].some((b) => b.innerText.trim() === "Visa" && b.getAttribute("aria-pressed") === "true")
      }, t("q.method"))
    )
    expect(await panelText(frame)).toContain("India e-Visa")
    await options.close()
    await page.close()
  })

  it("a panel frame that cannot reach its page says so in both languages, with a Close button, instead of staying blank", async () => {
    const { page: declined, frame } = await visit(DECLINED)
    const options = await openDesk(session, frame)
    const setDisabledSites = (sites: string[]) =>
      options.evaluate(
        (disabledSites) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: "update-settings", patch: { disabledSites } }),
        sites
      )
    // The applicant switched the helper off on this site: no content script listens on the page.
    await setDisabledSites(["uk-visas"])
    try {
      const page = await session.openFixture(UK_PAYMENT)
      await sleep(500)
      expect(await page.evaluate(() => document.querySelector("#evisa-pay-helper-root"))).toBeNull()
      // The page frames the panel itself (it is web-accessible to the portals' hosts).
      await page.evaluate((src) => {
        const frame = document.createElement("iframe")
        frame.src = src
        frame.style.cssText = "width:360px;height:400px"
        document.body.append(frame)
      }, `${EXTENSION_ORIGIN}/sidepanel.html?embedded=1`)
      const orphan = await findPanelFrame(page)
      const failed = await waitFor("the could-not-load message", () =>
        orphan.evaluate(() => document.querySelector("#evph-sidepanel")?.shadowRoot?.querySelector<HTMLElement>(".evph-frame-failed")?.innerText ?? "")
      )
      expect(failed).toContain(sidepanelWords.en.frameFailed)
      expect(failed).toContain(sidepanelWords["zh-CN"].frameFailed)
      expect(failed).toContain(`${sidepanelWords.en.frameClose} · ${sidepanelWords["zh-CN"].frameClose}`)
      expect(await orphan.evaluate(coverOfFrame, ".evph-frame-failed")).toEqual({ background: "rgb(255, 255, 255)", fills: true })
      await page.close()
    } finally {
      await setDisabledSites([])
      await options.close()
      await declined.close()
    }
  })

  it("the frame's Close (from the could-not-load message) folds the panel to its tab; the page cannot send it for the frame", async () => {
    const { page, frame } = await visit(DECLINED)
    const frameShown = () =>
      page.evaluate(() => {
        const root = document.querySelector("#evisa-pay-helper-root")?.shadowRoot
        const element = root?.querySelector<HTMLIFrameElement>("iframe.evph-frame")
        return { frame: element ? !element.hidden : null, tab: !root?.querySelector<HTMLElement>(".evph-tab")?.hidden }
      })
    expect(await frameShown()).toEqual({ frame: true, tab: false })
    // The page posts the same words itself: ignored (it is not our frame's window).
    await page.evaluate((kind) => window.postMessage({ kind }, "*"), CLOSE_PANEL_FRAME)
    await sleep(500)
    expect(await frameShown()).toEqual({ frame: true, tab: false })
    // Our frame posts it (as its Close button does): the frame goes, the tab comes back.
    await frame.evaluate((kind) => window.parent.postMessage({ kind }, "*"), CLOSE_PANEL_FRAME)
    await waitFor("the tab instead of the frame", async () => {
      const shown = await frameShown()
      return shown.frame === null && shown.tab
    })
    // Opening it again loads a new frame that connects.
    const reopened = await openPanel(page)
    await waitForPanelText(reopened, "not been enabled for international transactions")
    await page.close()
  })

  it("a page that says the payment is processing loads the panel's frame hidden, with no input; the decline that replaces it shows at once", async () => {
    const page = await session.openFixture(PROCESSING)
    const frameState = () => panelFrameState(page)
    // The tests above opened the panel, and an applicant's own open is remembered: fold it to its
    // tab first, then come back to the page as the gateway would send the applicant back.
    if ((await waitFor("the panel or its frame", async () => ((await frameState()) === "none" ? "" : await frameState()))) === "shown") {
      await clickPanelButton(await findPanelFrame(page), /^(Minimise|收起)/)
      await waitFor("the panel folded", async () => (await frameState()) !== "shown")
      await page.reload()
    }
    expect(await waitFor("the frame loaded ahead", async () => ((await frameState()) === "hidden" ? "hidden" : ""))).toBe("hidden")
    const frame = await findPanelFrame(page)
    await page.evaluate(() => {
      const result = document.querySelector(".wc-payment-result")!
      result.className = "wc-payment-result wc-message-error"
      result.setAttribute("role", "alert")
      result.textContent = "The payment was declined by your card issuer. Please contact your financial institution."
    })
    await waitForPanelText(frame, "The payment was declined by your card issuer.", 5_000)
    expect(await frameState()).toBe("shown")
    await page.close()
  })

  it("a payment page with nothing to read starts quietly: the popup still learns its step, and an error that appears opens the panel", async () => {
    const page = await session.openFixture(UK_PAYMENT)
    const frameState = () => panelFrameState(page)
    const tabShown = () => page.evaluate(() => !!document.querySelector("#evisa-pay-helper-root")?.shadowRoot?.querySelector(".evph-tab"))
    await waitFor("the tab or the panel", async () => (await tabShown()) || (await frameState()) !== "none")
    // An open panel is read at start: fold it (the tests above opened it) and come back.
    if ((await frameState()) === "shown") {
      await clickPanelButton(await findPanelFrame(page), /^(Minimise|收起)/)
      await waitFor("the panel folded", async () => (await frameState()) !== "shown")
      await page.reload()
      await waitFor("the tab", tabShown)
    }
    const { frame } = await visit(DECLINED)
    const desk = await openDesk(session, frame)
    const state = await desk.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser
      const [tab] = await api.tabs.query({ url })
      return api.runtime.sendMessage({ type: "get-active-tab-state", tabId: tab?.id ?? -1 })
    }, fixtureUrl(UK_PAYMENT))
    expect(state).toMatchObject({ state: { site: { id: "uk-visas" }, step: { id: "payment-method" }, errors: [] } })
    await desk.close()
    await page.bringToFront()
    await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("afterbegin", '<div role="alert">Your card was declined. Contact your bank.</div>'))
    await waitForPanelText(await findPanelFrame(page), "Your card was declined.", 10_000)
    expect(await frameState()).toBe("shown")
    await page.close()
  })

  it("no error from our pages through all of the above (panel frame, desk, sidebar, background)", async () => {
    await sleep(300)
    expect(session.extensionErrors()).toEqual([])
  })
})
