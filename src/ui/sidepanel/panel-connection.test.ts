import { describe, expect, it } from "vitest"

import { fakePort, type FakePort } from "~src/messaging/fake-port"

import { PanelConnection, type ConnectionStatus, type PanelView } from "./panel-connection"

/** Timers run by hand, so the test says exactly when time passes. */
function manualTimers() {
  let pending: { run: () => void; at: number }[] = []
  let now = 0
  return {
    setTimer: (run: () => void, ms: number) => {
      const timer = { run, at: now + ms }
      pending.push(timer)
      return timer
    },
    clearTimer: (timer: unknown) => {
      pending = pending.filter((t) => t !== timer)
    },
    advance(ms: number) {
      const until = now + ms
      for (;;) {
        const due = pending.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0]
        if (!due) break
        pending = pending.filter((t) => t !== due)
        now = due.at
        due.run()
      }
      now = until
    }
  }
}

function setUp(options: { failConnect?: boolean } = {}) {
  const timers = manualTimers()
  const ports: FakePort[] = []
  const views: PanelView[] = []
  const statuses: ConnectionStatus[] = []
  const connection = new PanelConnection({
    connect: () => {
      if (options.failConnect) throw new Error("Could not establish connection")
      const port = fakePort("evph-panel-frame")
      ports.push(port)
      return port
    },
    onView: (view) => views.push(view),
    onStatus: (status) => statuses.push(status),
    failAfterMs: 6000,
    maxRetries: 3,
    retryDelayMs: 250,
    ...timers
  })
  connection.start()
  return { connection, ports, views, statuses, timers }
}

const view = { kind: "view" as const, model: { locale: "en" } as PanelView["model"], focusRequest: 0, reportRequest: 0 }

describe("the in-page panel's link to its page", () => {
  it("shows each view the page sends and answers actions by id", async () => {
    const { connection, ports, views, statuses } = setUp()
    ports[0].receive(view)
    expect(views).toEqual([view])
    expect(statuses).toEqual(["connected"])
    const answer = connection.call("runAction", ["clear-site-data"])
    expect(ports[0].sent).toEqual([{ kind: "action", id: 1, action: "runAction", args: ["clear-site-data"] }])
    ports[0].receive({ kind: "action-result", id: 1, result: { ok: true, messageId: "action-cleared" } })
    expect(await answer).toEqual({ ok: true, messageId: "action-cleared" })
  })

  it("says it failed when no view comes in time, instead of staying blank; a late view still shows", () => {
    const { ports, statuses, timers, views } = setUp()
    timers.advance(5999)
    expect(statuses).toEqual([])
    timers.advance(1)
    expect(statuses).toEqual(["failed"])
    ports[0].receive(view)
    expect(statuses).toEqual(["failed", "connected"])
    expect(views).toHaveLength(1)
  })

  it("reconnects when the background goes away (an idle service worker or event page) and settles what was waiting", async () => {
    const { connection, ports, statuses, timers } = setUp()
    ports[0].receive(view)
    const pending = connection.call("answer", [{ paymentMethod: "visa" }])
    ports[0].dropRemote()
    expect(await pending).toBeNull()
    // At once: reconnecting is what wakes a stopped worker, and the next error should not wait.
    timers.advance(0)
    expect(ports).toHaveLength(2)
    ports[1].receive(view)
    expect(statuses).toEqual(["connected"])
    // Each view resets the count: the link can drop again later and come back again.
    for (let round = 0; round < 5; round++) {
      ports.at(-1)!.dropRemote()
      timers.advance(250)
      ports.at(-1)!.receive(view)
    }
    expect(statuses).toEqual(["connected"])
  })

  it("gives up after a few drops in a row with no view, and says so", () => {
    const { ports, statuses, timers } = setUp()
    for (let attempt = 0; attempt < 4; attempt++) {
      ports.at(-1)!.dropRemote()
      timers.advance(1000)
    }
    expect(ports).toHaveLength(4)
    expect(statuses).toEqual(["failed"])
  })

  it("says it failed when it cannot even open a port", () => {
    const { statuses, timers } = setUp({ failConnect: true })
    timers.advance(250 + 500 + 750)
    expect(statuses).toEqual(["failed"])
  })

  it("answers null at once while there is no link, and stops for good when closed", async () => {
    const { connection, ports, statuses, timers } = setUp()
    ports[0].dropRemote()
    expect(await connection.call("setCollapsed", [true])).toBeNull()
    connection.close()
    timers.advance(10_000)
    expect(ports).toHaveLength(1)
    expect(statuses).toEqual([])
  })

  it("stops quietly when the port drops as the frame's window goes and timers can no longer be set", () => {
    // Firefox: a frame being removed loses its port, and setTimeout in that window throws
    // NS_ERROR_NOT_INITIALIZED, which surfaced as an uncaught error from our page.
    let windowGone = false
    const ports: FakePort[] = []
    const statuses: ConnectionStatus[] = []
    const connection = new PanelConnection({
      connect: () => {
        const port = fakePort("evph-panel-frame")
        ports.push(port)
        return port
      },
      onView: () => undefined,
      onStatus: (status) => statuses.push(status),
      setTimer: () => {
        if (windowGone) throw new Error("Component not initialized")
        return 1
      },
      clearTimer: () => undefined
    })
    connection.start()
    windowGone = true
    expect(() => ports[0].dropRemote()).not.toThrow()
    expect(ports).toHaveLength(1)
    expect(statuses).toEqual([])
  })
})
