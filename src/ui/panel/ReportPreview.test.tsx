import { act } from "preact/test-utils"
import { afterEach, describe, expect, it, vi } from "vitest"

import type { ReportV1 } from "~src/report/schema"

import type { PanelKnowledge } from "./knowledge"
import { makeActions, makeModel, renderPanel, testKnowledge, type RenderedPanel } from "./panel-test-fixtures"

let panel: RenderedPanel | undefined
afterEach(() => panel?.unmount())

const model = (locale: "zh-CN" | "en" = "en") => makeModel({ locale, step: "confirmation", errorTexts: ["Transaction declined"] })
const exactText = (p: RenderedPanel) => p.container.querySelector('[data-evph="report-text"]')?.textContent ?? ""

async function typeNote(p: RenderedPanel, text: string) {
  const note = p.container.querySelector<HTMLElement>('[role="textbox"]')!
  await act(() => {
    note.textContent = text
    note.dispatchEvent(new Event("input", { bubbles: true }))
  })
}

describe("report preview", () => {
  it("shows exactly the text that will be copied, with redactions marked, and focuses its heading", async () => {
    panel = renderPanel(model())
    await panel.click(panel.button("Copy report"))
    expect(panel.actions.buildReport).toHaveBeenCalledOnce()
    expect(exactText(panel)).toBe("Report\n> Transaction declined\nBrowser: Safari\nEVPR1.abc")
    const mark = panel.container.querySelector(".evph-preview-items mark")
    expect(mark?.textContent).toContain("‹email›")
    expect(mark?.textContent).toContain("hidden e-mail")
    expect(panel.container.ownerDocument.activeElement?.id).toBe("evph-preview-heading")
  })

  it("offers no way to leave out the parts a report cannot do without", async () => {
    panel = renderPanel(model())
    await panel.click(panel.button("Copy report"))
    const site = [...panel.container.querySelectorAll(".evph-preview-item")].find((item) => item.textContent?.startsWith("Site"))
    expect(site?.textContent).toContain("online.immi.gov.au")
    expect(site?.querySelector("button")).toBeNull()
  })

  it("drops an item, puts it back, adds a note, and copies exactly what was shown", async () => {
    const copyReport = vi.fn(async (_report: ReportV1) => true)
    panel = renderPanel(model(), makeActions({ copyReport }))
    await panel.click(panel.button("Copy report"))

    await panel.click(panel.button('Leave out "Browser"'))
    expect(exactText(panel)).not.toContain("Safari")
    expect(panel.text()).toContain("(left out)")
    await panel.click(panel.button("Put back: Browser"))
    expect(exactText(panel)).toContain("Browser: Safari")

    await panel.click(panel.button('Leave out "Error 1"'))
    await typeNote(panel, "  I tried twice <b>today</b>  ")
    expect(exactText(panel)).toBe("Report\nBrowser: Safari\nNote: I tried twice <b>today</b>\nEVPR1.abc")
    expect(panel.container.querySelector(".evph-exact b")).toBeNull()

    await panel.click(panel.button(/^ Copy$/))
    expect(copyReport).toHaveBeenCalledOnce()
    const copied = copyReport.mock.calls[0]![0]
    expect(copied.errors).toEqual([])
    expect(copied.note).toBe("I tried twice <b>today</b>")
    expect(panel.text()).toContain("Copied — paste it into your chat with the volunteer")
  })

  it("says so when copying fails, in Chinese too", async () => {
    panel = renderPanel(model("zh-CN"), makeActions({ copyReport: vi.fn(async () => false) }))
    await panel.click(panel.button("复制报告"))
    await panel.click(panel.button(/^ 复制$/))
    expect(panel.text()).toContain("没能自动复制")
  })

  it("opens from 'still stuck?' and closes with Cancel or Escape", async () => {
    panel = renderPanel(
      makeModel({
        locale: "en",
        errorTexts: ["Declined"],
        diagnosis: [{ cause: "generic-decline", category: "generic-decline", confidence: 0.5, evidence: [], fixes: ["call-bank"] }]
      })
    )
    await panel.click(panel.button("Still stuck? Copy a report for a volunteer"))
    expect(panel.text()).toContain("Check before you send it")
    await panel.click(panel.button("Cancel"))
    expect(panel.text()).not.toContain("Check before you send it")
    await panel.click(panel.button("Still stuck?"))
    await act(() => {
      panel!.container.querySelector("#evph-preview-heading")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }))
    })
    expect(panel.text()).not.toContain("Check before you send it")
    expect(panel.actions.setCollapsed).not.toHaveBeenCalled()
  })

  it("says the text is being prepared while its code loads, copies nothing meanwhile, then shows it", async () => {
    let finish!: () => void
    let loaded = false
    const ready = new Promise<void>((resolve) => (finish = resolve)).then(() => {
      loaded = true
    })
    const knowledge: PanelKnowledge = {
      ...testKnowledge,
      chatText: (report, locale) => (loaded ? testKnowledge.chatText(report, locale) : null),
      chatTextReady: () => ready
    }
    panel = renderPanel(model(), makeActions(), knowledge)
    await panel.click(panel.button("Copy report"))
    expect(exactText(panel)).toBe("Preparing the text to copy…")
    expect(panel.button(/^ Copy$/).disabled).toBe(true)
    await act(async () => {
      finish()
      await ready
    })
    expect(exactText(panel)).toBe("Report\n> Transaction declined\nBrowser: Safari\nEVPR1.abc")
    expect(panel.button(/^ Copy$/).disabled).toBe(false)
  })

  it("says the report cannot be made when the text's code fails to load, in Chinese too", async () => {
    const knowledge: PanelKnowledge = { ...testKnowledge, chatText: () => null, chatTextReady: () => Promise.reject(new Error("chunk missing")) }
    panel = renderPanel(model("zh-CN"), makeActions(), knowledge)
    await panel.click(panel.button("复制报告"))
    await act(async () => {})
    expect(exactText(panel)).toBe("暂时无法生成报告。请截一张屏幕图发给志愿者。")
    expect(panel.button(/^ 复制$/).disabled).toBe(true)
  })

  it("falls back kindly when the report cannot be built", async () => {
    panel = renderPanel(
      model(),
      makeActions({
        buildReport: vi.fn(() => {
          throw new Error("no page state yet")
        })
      })
    )
    await panel.click(panel.button("Copy report"))
    expect(panel.text()).toContain("Please send the volunteer a screenshot instead.")
  })
})
