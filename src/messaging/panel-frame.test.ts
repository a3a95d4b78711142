import { describe, expect, it } from "vitest"

import { parseFromPanelFrame, parseToPanelFrame } from "./panel-frame"

describe("messages on the panel frame's port", () => {
  it("accepts the panel's actions and nothing else", () => {
    expect(parseFromPanelFrame({ kind: "action", id: 3, action: "answer", args: [{ paymentMethod: "visa" }] })).toEqual({
      kind: "action",
      id: 3,
      action: "answer",
      args: [{ paymentMethod: "visa" }]
    })
    expect(parseFromPanelFrame({ kind: "action", id: 4, action: "hideOnThisSite" })).toEqual({ kind: "action", id: 4, action: "hideOnThisSite", args: [] })
    for (const bad of [null, "action", 7, {}, { kind: "action", id: "1", action: "answer" }, { kind: "action", id: 1, action: "eval" }, { kind: "view", id: 1 }]) {
      expect(parseFromPanelFrame(bad)).toBeNull()
    }
  })

  it("accepts views and action results from the content script", () => {
    const model = { locale: "en" }
    expect(parseToPanelFrame({ kind: "view", model, focusRequest: 1, reportRequest: 0 })).toEqual({ kind: "view", model, focusRequest: 1, reportRequest: 0 })
    expect(parseToPanelFrame({ kind: "action-result", id: 2, result: { ok: true } })).toEqual({ kind: "action-result", id: 2, result: { ok: true } })
    for (const bad of [undefined, { kind: "view", model: null, focusRequest: 0, reportRequest: 0 }, { kind: "view", model, focusRequest: "1", reportRequest: 0 }, { kind: "action-result" }]) {
      expect(parseToPanelFrame(bad)).toBeNull()
    }
  })
})
