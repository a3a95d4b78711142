import { afterEach, describe, expect, it, vi } from "vitest"

import { makeModel, testKnowledge } from "~src/ui/panel/panel-test-fixtures"

import { remoteActions } from "./remote-actions"

const TOOL = { name: "e-Visa Pay Helper", version: "9.9.9" }

afterEach(() => vi.restoreAllMocks())

function setup(answer: unknown = { ok: true, messageId: "action-cleared" }) {
  const model = makeModel({ step: "confirmation", errorTexts: ["Transaction declined"] })
  const callPage = vi.fn(async () => answer)
  const writeText = vi.fn(async () => undefined)
  vi.spyOn(navigator, "clipboard", "get").mockReturnValue({ writeText } as unknown as Clipboard)
  return { model, callPage, writeText, actions: remoteActions(model, callPage, testKnowledge, TOOL, document) }
}

describe("the panel's actions from an extension page", () => {
  it("sends what needs the page to the content script", async () => {
    const { actions, callPage } = setup()
    actions.setCollapsed(true)
    actions.answer({ paymentMethod: "visa" })
    actions.recordTried("clear-site-cache", "helped")
    actions.dismissChecklist("before-paying:india-evisa")
    actions.hideOnThisSite()
    expect(await actions.runAction("clear-site-data", {})).toEqual({ ok: true, messageId: "action-cleared" })
    expect(callPage.mock.calls).toEqual([
      ["setCollapsed", true],
      ["answer", { paymentMethod: "visa" }],
      ["recordTried", "clear-site-cache", "helped"],
      ["dismissChecklist", "before-paying:india-evisa"],
      ["hideOnThisSite"],
      ["runAction", "clear-site-data"]
    ])
  })

  it("says the action failed when the page does not answer (it navigated away)", async () => {
    const { actions } = setup(null)
    expect(await actions.runAction("clear-site-data", {})).toEqual({ ok: false, messageId: "action-failed" })
  })

  it("copies the page's link (no query) right here, where the applicant clicked", async () => {
    const { actions, callPage, writeText, model } = setup()
    expect(await actions.runAction("switch-browser", {})).toEqual({ ok: true, messageId: "action-link-copied" })
    expect(writeText).toHaveBeenCalledWith(`${model.state.origin}${model.state.path}`)
    expect(callPage).not.toHaveBeenCalled()
  })

  it("builds the report from the model and copies its chat text", async () => {
    const { actions, writeText } = setup()
    const report = actions.buildReport()
    expect(report.tool).toEqual(TOOL)
    expect(report.page.step.id).toBe("confirmation")
    expect(await actions.copyReport(report)).toBe(true)
    expect(writeText).toHaveBeenCalledWith(testKnowledge.chatText(report, "zh-CN"))
  })

  it("waits for the chat text's code when a copy comes before it loaded, and copies nothing when it cannot load", async () => {
    const { model, callPage, writeText } = setup()
    let loaded = false
    const lazy = {
      ...testKnowledge,
      chatText: (report: Parameters<typeof testKnowledge.chatText>[0], locale: "zh-CN" | "en") => (loaded ? testKnowledge.chatText(report, locale) : null),
      chatTextReady: async () => {
        loaded = true
      }
    }
    const actions = remoteActions(model, callPage, lazy, TOOL, document)
    const report = actions.buildReport()
    expect(await actions.copyReport(report)).toBe(true)
    expect(writeText).toHaveBeenCalledWith(testKnowledge.chatText(report, model.locale))

    const broken = remoteActions(model, callPage, { ...testKnowledge, chatText: () => null, chatTextReady: () => Promise.reject(new Error("chunk missing")) }, TOOL, document)
    writeText.mockClear()
    expect(await broken.copyReport(report)).toBe(false)
    expect(writeText).not.toHaveBeenCalled()
  })
})
