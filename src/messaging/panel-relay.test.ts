import { describe, expect, it } from "vitest"

import { fakePort } from "./fake-port"
import { PANEL_FRAME_PORT } from "./panel-frame"
import { panelFrameTab, relayPanelFrame } from "./panel-relay"

const ID = "abcdefghijklmnop"
const frameSender = { id: ID, url: `chrome-extension://${ID}/sidepanel.html?embedded=1`, tab: { id: 12 }, frameId: 3 }

describe("which ports are the in-page panel's", () => {
  it("takes the tab from the port of our panel page framed in a tab, in either browser", () => {
    expect(panelFrameTab({ name: PANEL_FRAME_PORT, sender: frameSender }, ID)).toBe(12)
    // Chromium's per-session dynamic address and Firefox's moz-extension address.
    expect(panelFrameTab({ name: PANEL_FRAME_PORT, sender: { ...frameSender, url: "chrome-extension://0f3c2d9e-dynamic/sidepanel.html?embedded=1" } }, ID)).toBe(12)
    expect(panelFrameTab({ name: PANEL_FRAME_PORT, sender: { ...frameSender, url: "moz-extension://6d1f-uuid/sidepanel.html?embedded=1" } }, ID)).toBe(12)
  })

  it("refuses other extensions, other names, other pages, content scripts, and a panel at a tab's top", () => {
    const refused = [
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, id: "someone-else" } },
      { name: "other-port", sender: frameSender },
      { name: PANEL_FRAME_PORT },
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, url: `chrome-extension://${ID}/popup.html` } },
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, url: `chrome-extension://${ID}/sidepanel.html` } },
      // One of our content scripts, on a portal page that puts "sidepanel.html?embedded=1" in its own address.
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, url: "https://indianvisaonline.gov.in/sidepanel.html?embedded=1" } },
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, url: "not a url" } },
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, tab: undefined } },
      { name: PANEL_FRAME_PORT, sender: { ...frameSender, frameId: 0 } }
    ]
    for (const port of refused) expect(panelFrameTab(port, ID), JSON.stringify(port)).toBeNull()
  })
})

describe("relaying between the panel frame and its page", () => {
  const view = { kind: "view", model: { locale: "en" }, focusRequest: 0, reportRequest: 0 }

  it("passes the panel's actions to the page and views and results back, nothing malformed either way", () => {
    const frame = fakePort(PANEL_FRAME_PORT)
    const tab = fakePort(PANEL_FRAME_PORT)
    relayPanelFrame(frame, () => tab)
    frame.receive({ kind: "action", id: 1, action: "answer", args: [{ paymentMethod: "visa" }] })
    frame.receive({ kind: "action", id: 2, action: "eval", args: [] })
    frame.receive("hello")
    expect(tab.sent).toEqual([{ kind: "action", id: 1, action: "answer", args: [{ paymentMethod: "visa" }] }])
    tab.receive(view)
    tab.receive({ kind: "action-result", id: 1, result: true })
    tab.receive({ kind: "view", model: null })
    expect(frame.sent).toEqual([view, { kind: "action-result", id: 1, result: true }])
  })

  it("closes the frame's port when the page goes away, and the page's when the frame does", () => {
    const frame = fakePort(PANEL_FRAME_PORT)
    const tab = fakePort(PANEL_FRAME_PORT)
    relayPanelFrame(frame, () => tab)
    tab.dropRemote()
    expect(frame.disconnected).toBe(true)
    tab.receive(view)
    expect(frame.sent).toEqual([])

    const frame2 = fakePort(PANEL_FRAME_PORT)
    const tab2 = fakePort(PANEL_FRAME_PORT)
    relayPanelFrame(frame2, () => tab2)
    frame2.dropRemote()
    expect(tab2.disconnected).toBe(true)
  })

  it("closes the frame's port at once when the tab cannot be reached", () => {
    const frame = fakePort(PANEL_FRAME_PORT)
    relayPanelFrame(frame, () => {
      throw new Error("No tab with id: 12")
    })
    expect(frame.disconnected).toBe(true)
  })
})
