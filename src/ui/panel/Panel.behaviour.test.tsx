import { h, render } from "preact"
import { act } from "preact/test-utils"
import { afterEach, describe, expect, it, vi } from "vitest"

import { Panel } from "./Panel"
import { AUSTRALIA, makeActions, makeModel, renderPanel, testKnowledge, type RenderedPanel } from "./panel-test-fixtures"

let panel: RenderedPanel | undefined
afterEach(() => panel?.unmount())

const declined = {
  step: "confirmation" as const,
  errorTexts: ["Transaction declined"],
  diagnosis: [
    { cause: "international-payments-off", category: "bank-restriction" as const, confidence: 0.82, evidence: [], fixes: ["enable-overseas-payments", "wait-before-retry"] }
  ]
}

describe("collapsed tab", () => {
  it("shows the tab with an error badge, draws attention, and keeps the panel hidden", () => {
    panel = renderPanel(makeModel({ ...declined, errorTexts: ["A", "B"], settings: { panel: { collapsed: true, side: "right" } } }))
    const tab = panel.container.querySelector<HTMLButtonElement>(".evph-tab")!
    expect(tab.hidden).toBe(false)
    expect(tab.textContent).toContain("支付帮手")
    expect(tab.querySelector(".evph-badge")?.textContent).toBe("2")
    expect(tab.classList.contains("evph-tab--attention")).toBe(true)
    expect(tab.getAttribute("aria-expanded")).toBe("false")
    expect(tab.getAttribute("aria-controls")).toBe("evph-panel")
    expect(tab.getAttribute("aria-label")).toContain("页面显示了 2 条错误提示")
    expect(panel.container.querySelector<HTMLElement>("#evph-panel")!.hidden).toBe(true)
  })

  it("has no badge and no attention without errors", () => {
    panel = renderPanel(makeModel({ locale: "en", settings: { panel: { collapsed: true, side: "left" } } }))
    const tab = panel.container.querySelector(".evph-tab")!
    expect(tab.textContent).toBe("Pay helper")
    expect(tab.classList.contains("evph-tab--attention")).toBe(false)
    expect(panel.container.querySelector(".evph-side-left")).not.toBeNull()
  })

  it("opens on click with focus moved into the panel; Escape collapses and returns focus to the tab", async () => {
    panel = renderPanel(makeModel({ ...declined, settings: { panel: { collapsed: true, side: "right" } } }))
    const tab = panel.container.querySelector<HTMLButtonElement>(".evph-tab")!
    await panel.click(tab)
    expect(panel.actions.setCollapsed).toHaveBeenLastCalledWith(false)
    expect(panel.container.querySelector<HTMLElement>("#evph-panel")!.hidden).toBe(false)
    expect(panel.container.ownerDocument.activeElement?.id).toBe("evph-title")

    await act(() => {
      panel!.container.querySelector("#evph-title")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }))
    })
    expect(panel.actions.setCollapsed).toHaveBeenLastCalledWith(true)
    expect(tab.hidden).toBe(false)
    expect(panel.container.ownerDocument.activeElement).toBe(tab)
  })

  it("follows the controller when it opens the panel by itself, without stealing focus", () => {
    const model = makeModel({ ...declined, settings: { panel: { collapsed: true, side: "right" } } })
    panel = renderPanel(model)
    panel.rerender({ ...model, settings: { ...model.settings, panel: { collapsed: false, side: "right" } } })
    expect(panel.container.querySelector<HTMLElement>("#evph-panel")!.hidden).toBe(false)
    expect(panel.container.ownerDocument.activeElement?.id).not.toBe("evph-title")
  })

  it("the minimise button collapses and hide-on-this-site calls its action", async () => {
    panel = renderPanel(makeModel(declined))
    await panel.click(panel.button("不在这个网站显示"))
    expect(panel.actions.hideOnThisSite).toHaveBeenCalledOnce()
    await panel.click(panel.button("收起支付帮手"))
    expect(panel.actions.setCollapsed).toHaveBeenCalledWith(true)
    // Collapsed, the panel renders nothing inside its (hidden) element.
    expect(panel.container.querySelector("#evph-panel")!.childElementCount).toBe(0)
  })
})

describe("did that help?", () => {
  it("records the answer for that fix and responds kindly", async () => {
    panel = renderPanel(makeModel({ ...declined, locale: "en" }))
    const firstFix = panel.container.querySelector(".evph-fix")!
    const no = [...firstFix.querySelectorAll("button")].find((button) => button.textContent === "No, still stuck")!
    await panel.click(no)
    expect(panel.actions.recordTried).toHaveBeenCalledWith("enable-overseas-payments", "did-not-help")
    expect(no.getAttribute("aria-pressed")).toBe("true")
    expect(firstFix.textContent).toContain("That's OK. Let's try the next thing.")
  })

  it("opens the next fix when the first was already tried without success", () => {
    panel = renderPanel(makeModel({ ...declined, tried: [{ fix: "enable-overseas-payments", outcome: "did-not-help" }] }))
    const fixes = [...panel.container.querySelectorAll<HTMLDetailsElement>(".evph-fix")]
    expect(fixes.map((fix) => fix.open)).toEqual([false, true])
  })

  it("lets the applicant tick off steps without reading any input value", async () => {
    panel = renderPanel(makeModel(declined))
    const box = panel.container.querySelector<HTMLInputElement>(".evph-fix input[type=checkbox]")!
    expect(box.checked).toBe(false)
    await panel.click(box)
    expect(box.checked).toBe(true)
    expect(panel.container.querySelector(`label[for="${box.id}"]`)?.textContent).toContain("打开银行 App")
  })
})

describe("volunteer mode", () => {
  const model = (volunteerMode: boolean) =>
    makeModel({
      ...declined,
      locale: "en",
      settings: { volunteerMode },
      state: {
        errors: [{ text: "Declined (57)", code: "57", source: "profile", firstSeen: "2026-11-25T10:00:00.000Z", lastSeen: "2026-11-25T10:00:00.000Z" }]
      },
      environment: {
        browser: { name: "Chrome", version: "131.0.6778.85", major: 131, engine: "Blink" },
        os: { name: "Windows", version: "11" },
        timeZone: "Asia/Shanghai",
        utcOffsetMinutes: 480,
        cookiesEnabled: true,
        thirdPartyCookiesBlocked: null
      },
      network: [{ origin: "https://pay.example", path: "/auth", kind: "http", status: 503, time: "2026-11-25T10:00:00.000Z" }]
    })

  it("shows the technical note, codes, confidence, environment and network evidence", () => {
    panel = renderPanel(model(true))
    const text = panel.text()
    expect(text).toContain("Issuer declined a cross-border CNP transaction")
    expect(text).toContain("Likelihood 82%")
    expect(text).toContain("Error codes: 57")
    expect(text).toContain("Browser: Chrome 131.0.6778.85 (Blink)")
    expect(text).toContain("Time zone: Asia/Shanghai (UTC+08:00)")
    expect(text).toContain("third-party cookies blocked: unknown")
    expect(text).toContain("Failed network requests (1)")
    expect(text).toContain("https://pay.example/auth")
    expect(text).toContain("Step: confirmation (confidence 90%)")
  })

  it("keeps all of it away from applicants", () => {
    panel = renderPanel(model(false))
    const text = panel.text()
    for (const technical of ["Issuer declined", "Likelihood", "Error codes", "Failed network requests", "Blink"]) expect(text).not.toContain(technical)
  })
})

describe("page text is text, never markup", () => {
  it("renders an error containing HTML as literal characters", () => {
    const hostile = `<img src=x onerror="alert(1)"><b>bold</b><script>alert(2)</script>`
    panel = renderPanel(makeModel({ ...declined, errorTexts: [hostile], settings: { volunteerMode: true } }))
    expect(panel.container.querySelector("img, script, b")).toBeNull()
    expect(panel.container.querySelector("blockquote")?.textContent).toBe(hostile)
  })

  it("shows redaction marks in page text as labelled marks", () => {
    panel = renderPanel(makeModel({ ...declined, locale: "en", errorTexts: ["Card ‹card› was declined"] }))
    const mark = panel.container.querySelector("blockquote mark")
    expect(mark?.textContent).toContain("‹card›")
    expect(mark?.textContent).toContain("hidden card number")
  })
})

describe("guards", () => {
  it("asks to stop retrying after the second failure, with the time to try again", () => {
    const attempts = [
      { time: "2026-11-25T09:40:00.000Z", siteId: AUSTRALIA.id, outcome: "failed" as const },
      { time: "2026-11-25T09:50:00.000Z", siteId: AUSTRALIA.id, outcome: "failed" as const }
    ]
    panel = renderPanel(makeModel({ ...declined, attempts }))
    const text = panel.text()
    expect(text).toContain("先暂停重试 — 反复尝试可能让银行冻结这张卡")
    expect(text).toContain("已经连续失败了 2 次")
    // 09:50 UTC + 30 min = 10:20 UTC = 18:20 in Shanghai (the applicant's zone).
    expect(text).toContain("建议 18:20 以后再试（大约 20 分钟后）")
  })

  it("warns before paying again after an attempt with an unknown result", () => {
    const attempts = [{ time: "2026-11-25T09:30:00.000Z", siteId: AUSTRALIA.id, outcome: "unknown" as const }]
    panel = renderPanel(makeModel({ locale: "en", step: "card-entry", attempts }))
    const text = panel.text()
    expect(text).toContain("Don't pay again yet")
    expect(text).toContain("That payment was at about 17:30.")
    expect(text).toContain("Open your bank's app")
  })

  it("says nothing about double payment once the earlier attempt is settled", () => {
    const attempts = [
      { time: "2026-11-25T09:30:00.000Z", siteId: AUSTRALIA.id, outcome: "unknown" as const },
      { time: "2026-11-25T09:35:00.000Z", siteId: AUSTRALIA.id, outcome: "succeeded" as const }
    ]
    panel = renderPanel(makeModel({ locale: "en", step: "card-entry", attempts }))
    expect(panel.text()).not.toContain("Don't pay again yet")
  })
})

describe("while paying without an error", () => {
  it("shows the profile's hints for the step quietly, the rest behind 'more tips'", () => {
    panel = renderPanel(makeModel({ step: "payment-method" }))
    const hints = panel.container.querySelector(".evph-hints")!
    expect(hints.querySelector("p")?.textContent).toContain("这里可以用 PayPal 或银联卡付款。")
    expect(hints.querySelector("details summary")?.textContent).toBe("更多提示（1 条）")
  })

  it("hides the hints when there is an error to deal with", () => {
    panel = renderPanel(makeModel({ step: "payment-method", errorTexts: ["Declined"] }))
    expect(panel.container.querySelector(".evph-hints")).toBeNull()
  })

  it("shows the before-paying checklist on the payment-method step until dismissed", async () => {
    panel = renderPanel(makeModel({ step: "payment-method", locale: "en" }))
    expect(panel.text()).toContain("Before you pay")
    expect(panel.text()).toContain("You are not on public Wi-Fi")
    await panel.click(panel.button("All set — hide this list"))
    expect(panel.actions.dismissChecklist).toHaveBeenCalledWith("before-paying:australia-immiaccount")
    expect(panel.text()).not.toContain("Before you pay")
  })

  it("does not show a dismissed checklist, nor on other steps", () => {
    panel = renderPanel(makeModel({ step: "payment-method", settings: { dismissedChecklists: ["before-paying:australia-immiaccount"] } }))
    expect(panel.text()).not.toContain("付款前检查一下")
    panel.unmount()
    panel = renderPanel(makeModel({ step: "card-entry" }))
    expect(panel.text()).not.toContain("付款前检查一下")
  })

  it("reminds to save the receipt on the receipt step", () => {
    panel = renderPanel(makeModel({ step: "receipt" }))
    expect(panel.text()).toContain("付款成功了！")
    expect(panel.text()).toContain("另存为 PDF")
    expect(panel.text()).toContain("参考编号")
  })
})

describe("portal time", () => {
  it("shows the portal's clock and the next maintenance window", () => {
    // Wed 2026-11-25 10:00 UTC = 21:00 in Sydney (UTC+11).
    panel = renderPanel(makeModel({ locale: "en" }))
    const text = panel.text()
    expect(text).toMatch(/It is Wed 21:00 at the portal \(Australian Eastern Daylight Time\)/)
    expect(text).toContain("Next maintenance: Sun 02:00 to 04:00 (portal time).")
    expect(text).toContain("(not confirmed officially)")
    expect(text).not.toContain("early morning or late evening")
  })

  it("says the portal is in maintenance now and suggests quieter hours when it is slow", () => {
    panel = renderPanel(
      makeModel({
        locale: "en",
        now: "2026-11-28T16:00:00.000Z", // Sun 03:00 Sydney
        network: [{ origin: "https://online.immi.gov.au", path: "/elp/app", kind: "timeout", time: "2026-11-28T16:00:00.000Z" }]
      })
    )
    expect(panel.text()).toContain("The site is under maintenance until about Sun 04:00 (portal time).")
    expect(panel.text()).toContain("early morning or late evening")
  })
})

/** Renders the Panel with extra props (focus/report requests, who collapses it); returns the container and an unmount. */
function renderWithProps(props: Record<string, unknown>, model = makeModel(declined), actions = makeActions()) {
  const container = document.createElement("div")
  document.body.append(container)
  const draw = (more: Record<string, unknown> = {}) => act(() => render(h(Panel, { model, actions, knowledge: testKnowledge, ...props, ...more }), container))
  draw()
  return {
    container,
    actions,
    draw,
    unmount() {
      render(null, container)
      container.remove()
    }
  }
}

describe("requests from the page's content script (the panel lives in an extension frame)", () => {
  it("moves focus to the heading once per focus request, and only then", async () => {
    const rendered = renderWithProps({ focusRequest: 0 })
    expect(document.activeElement?.id).not.toBe("evph-title")
    rendered.draw({ focusRequest: 1 })
    expect(document.activeElement?.id).toBe("evph-title")
    ;(document.activeElement as HTMLElement).blur()
    rendered.draw({ focusRequest: 1 }) // the same request again: nothing moves
    expect(document.activeElement?.id).not.toBe("evph-title")
    rendered.draw({ focusRequest: 1, reportRequest: 1 }) // the popup's "copy report": the preview opens
    expect(rendered.container.querySelector('[data-evph="report-text"]')).not.toBeNull()
    rendered.unmount()
  })
})

describe("who collapses the panel", () => {
  it("host: always renders open (a frame loaded ahead is ready), and the minimise button asks the host", async () => {
    const model = makeModel({ ...declined, settings: { panel: { collapsed: true, side: "right" } } })
    const rendered = renderWithProps({ collapse: "host" }, model)
    const { container, actions } = rendered
    expect(container.querySelector<HTMLElement>("#evph-panel")!.hidden).toBe(false)
    expect(container.querySelector(".evph-tab")).toBeNull()
    expect(container.textContent).toContain("Transaction declined")
    await act(async () => container.querySelector<HTMLButtonElement>('button[aria-controls="evph-panel"]')!.click())
    expect(actions.setCollapsed).toHaveBeenLastCalledWith(true)
    expect(container.querySelector<HTMLElement>("#evph-panel")!.hidden).toBe(false)
    rendered.unmount()
  })

  it("none (the browser's side panel): open, with no minimise button", async () => {
    const model = makeModel({ ...declined, settings: { panel: { collapsed: true, side: "right" } } })
    const rendered = renderWithProps({ collapse: "none" }, model)
    expect(rendered.container.querySelector<HTMLElement>("#evph-panel")!.hidden).toBe(false)
    expect(rendered.container.querySelector('button[aria-controls="evph-panel"]')).toBeNull()
    rendered.unmount()
  })
})
