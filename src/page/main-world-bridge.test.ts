import { describe, expect, it } from "vitest"

import { encodeBridgeMessage, MAX_BRIDGE_TEXT, parseBridgeMessage } from "./main-world-bridge"

describe("main-world bridge", () => {
  it("round-trips each kind", () => {
    expect(parseBridgeMessage(encodeBridgeMessage("alert", "Payment failed"))).toEqual({ kind: "alert", text: "Payment failed" })
    expect(parseBridgeMessage(encodeBridgeMessage("confirm", "Leave page?"))).toEqual({ kind: "confirm", text: "Leave page?" })
    expect(parseBridgeMessage(encodeBridgeMessage("navigate", "ignored"))).toEqual({ kind: "navigate" })
    expect(parseBridgeMessage(encodeBridgeMessage("page-error", new Error("boom")))).toEqual({ kind: "page-error", text: "Error: boom" })
    expect(parseBridgeMessage(encodeBridgeMessage("alert"))).toEqual({ kind: "alert" })
  })

  it("turns whatever alert() was given into text, safely", () => {
    const hostile = { toString: () => { throw new Error("no") } }
    expect(parseBridgeMessage(encodeBridgeMessage("alert", hostile))).toEqual({ kind: "alert" })
    expect(parseBridgeMessage(encodeBridgeMessage("alert", 42))).toEqual({ kind: "alert", text: "42" })
  })

  it("caps text length", () => {
    const parsed = parseBridgeMessage(encodeBridgeMessage("alert", "x".repeat(50_000)))
    expect(parsed?.text).toHaveLength(MAX_BRIDGE_TEXT)
    expect(parseBridgeMessage({ v: 1, kind: "alert", text: "y".repeat(5000) })?.text).toHaveLength(MAX_BRIDGE_TEXT)
  })

  it.each([
    null,
    undefined,
    42,
    "not json",
    "[]",
    JSON.stringify({ v: 2, kind: "alert", text: "x" }),
    JSON.stringify({ v: 1, kind: "eval", text: "x" }),
    JSON.stringify({ v: 1, kind: "alert", text: { html: "<b>" } }),
    { v: 1, kind: ["alert"] },
    `{"v":1,"kind":"alert","text":"${"z".repeat(20_000)}"}`
  ])("rejects %j", (data) => {
    expect(parseBridgeMessage(data)).toBeNull()
  })
})
