import { describe, expect, it } from "vitest"

import { runPanelAction, type PanelActionTarget } from "~contents/overlay/panel-actions"
import { PanelFrameServer, type FramePort } from "~contents/overlay/panel-frame-server"
import { PANEL_FRAME_PORT, type ToPanelFrame } from "~src/messaging/panel-frame"

function fakePort(name = PANEL_FRAME_PORT, senderId = "our-id") {
  const posted: ToPanelFrame[] = []
  const onMessage: ((m: unknown) => void)[] = []
  const onDisconnect: (() => void)[] = []
  let disconnected = false
  const port: FramePort = {
    name,
    sender: { id: senderId },
    postMessage: (m) => posted.push(m),
    disconnect: () => (disconnected = true),
    onMessage: { addListener: (l) => onMessage.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) }
  }
  return { port, posted, send: (m: unknown) => onMessage.forEach((l) => l(m)), close: () => onDisconnect.forEach((l) => l()), isDisconnected: () => disconnected }
}

function serverWith(action = async (a: string, args: unknown[]) => ({ a, args }) as unknown) {
  const listeners = new Set<(port: FramePort) => void>()
  let connects = 0
  const server = new PanelFrameServer(
    { id: "our-id", onConnect: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } },
    { action, connected: () => connects++ }
  )
  const stop = new AbortController()
  server.start(stop.signal)
  return { server, stop, connect: (port: FramePort) => listeners.forEach((l) => l(port)), listeners, connects: () => connects }
}

const flush = () => new Promise((r) => setTimeout(r, 0))
const view = { kind: "view", model: {} as never, focusRequest: 0, reportRequest: 0 } as const

describe("PanelFrameServer", () => {
  it("accepts only our own extension's panel-frame ports", () => {
    const s = serverWith()
    const ours = fakePort()
    const foreign = fakePort(PANEL_FRAME_PORT, "another-extension")
    const otherName = fakePort("something-else")
    for (const p of [ours, foreign, otherName]) s.connect(p.port)
    s.server.broadcast(view)
    expect(ours.posted).toHaveLength(1)
    expect(foreign.posted).toHaveLength(0)
    expect(otherName.posted).toHaveLength(0)
    expect(s.connects()).toBe(1)
  })

  it("answers each well-formed action by its id, and ignores malformed ones", async () => {
    const s = serverWith()
    const frame = fakePort()
    s.connect(frame.port)
    frame.send({ kind: "action", id: 7, action: "answer", args: [{ a: 1 }] })
    frame.send({ kind: "action", id: 8, action: "eval", args: [] })
    frame.send("nonsense")
    await flush()
    expect(frame.posted).toEqual([{ kind: "action-result", id: 7, result: { a: "answer", args: [{ a: 1 }] } }])
  })

  it("forgets a frame that went away, and lets go of every port when stopped", async () => {
    const s = serverWith()
    const gone = fakePort()
    const stays = fakePort()
    s.connect(gone.port)
    s.connect(stays.port)
    gone.close()
    s.server.broadcast(view)
    expect(gone.posted).toHaveLength(0)
    expect(stays.posted).toHaveLength(1)
    s.stop.abort()
    expect(stays.isDisconnected()).toBe(true)
    expect(s.listeners.size).toBe(0)
  })
})

describe("runPanelAction", () => {
  function target() {
    const calls: unknown[][] = []
    const t: PanelActionTarget = {
      setCollapsed: (...a) => void calls.push(["setCollapsed", ...a]),
      hideOnThisSite: () => void calls.push(["hideOnThisSite"]),
      recordTried: (...a) => void calls.push(["recordTried", ...a]),
      runAction: async (a) => (calls.push(["runAction", a]), { ok: true, messageId: "action-shown" }),
      answer: (a) => void calls.push(["answer", a]),
      dismissChecklist: (id) => void calls.push(["dismissChecklist", id])
    }
    return { t, calls }
  }

  it("passes checked arguments on, with focus following only the frame's own clicks", async () => {
    const { t, calls } = target()
    await runPanelAction(t, "setCollapsed", [0], true)
    await runPanelAction(t, "setCollapsed", [1])
    await runPanelAction(t, "recordTried", ["clear-site-data", "helped"])
    expect(await runPanelAction(t, "runAction", ["copy-report"])).toEqual({ ok: true, messageId: "action-shown" })
    await runPanelAction(t, "dismissChecklist", ["cards"])
    expect(calls).toEqual([
      ["setCollapsed", false, true],
      ["setCollapsed", true, false],
      ["recordTried", "clear-site-data", "helped"],
      ["runAction", "copy-report"],
      ["dismissChecklist", "cards"]
    ])
  })

  it("drops what does not type-check", async () => {
    const { t, calls } = target()
    await runPanelAction(t, "recordTried", ["clear-site-data", "maybe"])
    expect(await runPanelAction(t, "runAction", [42])).toBeNull()
    await runPanelAction(t, "answer", ["not an object"])
    await runPanelAction(t, "dismissChecklist", [{}])
    expect(await runPanelAction(t, "unknown", [])).toBeNull()
    await runPanelAction(t, "answer", "not an array")
    expect(calls).toEqual([])
  })
})
