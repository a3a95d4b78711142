import { describe, expect, it } from "vitest"

import { fakePort } from "./fake-port"
import { PANEL_FRAME_PORT } from "./panel-frame"
import { PanelRelays, panelFrameTab, relayPanelFrame } from "./panel-relay"

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

describe("connecting to the tab ahead of its frame", () => {
  const view = (n: number) => ({ kind: "view", model: { locale: "en", n }, focusRequest: 0, reportRequest: 0 })
  const manualTimers = () => {
    const pending: { run: () => void; ms: number; cleared: boolean }[] = []
    return {
      pending,
      setTimer: (run: () => void, ms: number) => {
        const timer = { run, ms, cleared: false }
        pending.push(timer)
        return timer
      },
      clearTimer: (timer: unknown) => void ((timer as { cleared: boolean }).cleared = true),
      fire: () => pending.filter((t) => !t.cleared).forEach((t) => t.run())
    }
  }

  it("gives a frame the newest view its tab sent before it connected, then relays as usual", () => {
    const relays = new PanelRelays(manualTimers())
    const tab = fakePort(PANEL_FRAME_PORT)
    relays.prepare(12, () => tab)
    tab.receive(view(1))
    tab.receive(view(2))
    tab.receive({ kind: "action-result", id: 9, result: true }) // for no frame: not kept
    const frame = fakePort(PANEL_FRAME_PORT)
    let connectedAgain = false
    relays.join(12, frame, () => {
      connectedAgain = true
      return fakePort(PANEL_FRAME_PORT)
    })
    expect(connectedAgain).toBe(false)
    expect(frame.sent).toEqual([view(2)])
    tab.receive(view(3))
    frame.receive({ kind: "action", id: 1, action: "answer", args: [] })
    expect(frame.sent).toEqual([view(2), view(3)])
    expect(tab.sent).toEqual([{ kind: "action", id: 1, action: "answer", args: [] }])
  })

  it("passes on nothing early when the tab had not answered yet, and its view when it does", () => {
    const relays = new PanelRelays(manualTimers())
    const tab = fakePort(PANEL_FRAME_PORT)
    relays.prepare(12, () => tab)
    const frame = fakePort(PANEL_FRAME_PORT)
    relays.join(12, frame, () => fakePort(PANEL_FRAME_PORT))
    expect(frame.sent).toEqual([])
    tab.receive(view(1))
    expect(frame.sent).toEqual([view(1)])
  })

  it("opens one port per tab, none while a frame of that tab is joined, and again once it is gone", () => {
    const relays = new PanelRelays(manualTimers())
    let opened = 0
    const connect = () => {
      opened += 1
      return fakePort(PANEL_FRAME_PORT)
    }
    relays.prepare(12, connect)
    relays.prepare(12, connect)
    expect(opened).toBe(1)
    const frame = fakePort(PANEL_FRAME_PORT)
    relays.join(12, frame, connect)
    expect(opened).toBe(1)
    relays.prepare(12, connect) // the frame is there: later errors need nothing ahead
    expect(opened).toBe(1)
    frame.dropRemote()
    relays.prepare(12, connect)
    expect(opened).toBe(2)
    relays.prepare(13, connect)
    expect(opened).toBe(3)
  })

  it("a frame with nothing waiting connects to its tab itself, as before", () => {
    const relays = new PanelRelays(manualTimers())
    const frame = fakePort(PANEL_FRAME_PORT)
    const tab = fakePort(PANEL_FRAME_PORT)
    relays.join(12, frame, () => tab)
    tab.receive(view(1))
    expect(frame.sent).toEqual([view(1)])
  })

  it("closes a port nobody joined after a while, and forgets one whose page went away", () => {
    const timers = manualTimers()
    const relays = new PanelRelays(timers)
    const tab = fakePort(PANEL_FRAME_PORT)
    relays.prepare(12, () => tab)
    expect(timers.pending[0].ms).toBeGreaterThan(1000)
    timers.fire()
    expect(tab.disconnected).toBe(true)
    const frame = fakePort(PANEL_FRAME_PORT)
    const fresh = fakePort(PANEL_FRAME_PORT)
    relays.join(12, frame, () => fresh)
    fresh.receive(view(1))
    expect(frame.sent).toEqual([view(1)])

    const gone = fakePort(PANEL_FRAME_PORT)
    relays.prepare(13, () => gone)
    gone.receive(view(1))
    gone.dropRemote() // the page navigated: its content script's port closed
    const frame13 = fakePort(PANEL_FRAME_PORT)
    const next = fakePort(PANEL_FRAME_PORT)
    relays.join(13, frame13, () => next)
    expect(frame13.sent).toEqual([])
    expect(frame13.disconnected).toBe(false)
  })

  it("does nothing when the tab cannot be reached ahead, and a removed tab is forgotten", () => {
    const relays = new PanelRelays(manualTimers())
    expect(() =>
      relays.prepare(12, () => {
        throw new Error("Could not establish connection. Receiving end does not exist.")
      })
    ).not.toThrow()
    const tab = fakePort(PANEL_FRAME_PORT)
    relays.prepare(14, () => tab)
    relays.forget(14)
    expect(tab.disconnected).toBe(true)
  })
})
