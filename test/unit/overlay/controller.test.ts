import { describe, expect, it } from "vitest"

import { OverlayController, type OverlayRuntime, type OverlaySurface } from "~contents/overlay/controller"
import type { Message, TabContext } from "~src/messaging/protocol"
import { readingWordsToWire } from "~src/page/reading-words"
import { READING_WORDS } from "~src/page/reading-words-data"
import { profile as australia } from "~src/sites/australia-immiaccount"
import { profile as india } from "~src/sites/india-evisa"
import { profile as ukVisas } from "~src/sites/uk-visas"
import { profileToWire } from "~src/sites/wire"
import { DEFAULT_SETTINGS } from "~src/store/settings"
import type { OverlayViewState } from "~src/ui/overlay/overlay-view"
import { loadFixture } from "~test/unit/page-fixture"

/** A background that knows these profiles (India by default) and answers analyse with an empty diagnosis. */
function fakeRuntime(profiles = [india]): OverlayRuntime & { sent: Message[]; ask(message: Message): Promise<unknown> | undefined } {
  const sent: Message[] = []
  const handlers: ((message: unknown) => Promise<unknown> | undefined)[] = []
  const context: TabContext = { tabId: 1, profiles: profiles.map(profileToWire), readingWords: readingWordsToWire(READING_WORDS), network: [], clockSkewSeconds: null, attempts: [], frames: [], settings: DEFAULT_SETTINGS }
  return {
    sent,
    id: "our-id",
    onConnect: { addListener() {}, removeListener() {} },
    listen: (handler) => {
      handlers.push(handler)
      return () => {}
    },
    /** What the popup, side panel or background would send this page. */
    ask: (message) => handlers.map((h) => h(message)).find((answer) => answer !== undefined),
    async sendMessage(message: Message) {
      sent.push(message)
      if (message.type === "get-tab-context") return context
      if (message.type === "analyse") return { diagnosis: [], environment: {}, network: [], attempts: [] }
      return true
    }
  }
}

/** A window whose load event, frames and idle periods the test releases by hand. */
function controlledWindow(page: ReturnType<typeof loadFixture>) {
  const win = page.window as unknown as Window & typeof globalThis
  const idle: (() => void)[] = []
  let loaded = false
  const loadListeners: (() => void)[] = []
  Object.defineProperty(win.document, "readyState", { get: () => (loaded ? "complete" : "interactive"), configurable: true })
  const addEventListener = win.addEventListener.bind(win)
  win.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
    if (type === "load") loadListeners.push(listener as () => void)
    else addEventListener(type, listener, options as AddEventListenerOptions)
  }) as typeof win.addEventListener
  win.requestAnimationFrame = ((run: FrameRequestCallback) => win.setTimeout(() => run(0), 0)) as typeof win.requestAnimationFrame
  ;(win as unknown as { requestIdleCallback: (run: () => void) => number }).requestIdleCallback = (run) => idle.push(run)
  return {
    win,
    load() {
      loaded = true
      for (const listener of loadListeners.splice(0)) listener()
    },
    idle() {
      for (const run of idle.splice(0)) run()
    }
  }
}

function recordingSurface() {
  const renders: OverlayViewState[] = []
  const surface: OverlaySurface = { render: (state) => void renders.push(state), focusTab() {}, focusFrame() {}, destroy() {} }
  return { renders, create: () => surface }
}

const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms))

/** A controller started on a fixture, with the page still loading. */
async function startedOn(fixture: string, profiles = [india]) {
  const page = loadFixture(fixture)
  const w = controlledWindow(page)
  const surface = recordingSurface()
  const runtime = fakeRuntime(profiles)
  const controller = new OverlayController(w.win, runtime, surface.create)
  await controller.start()
  await settle()
  return { page, w, surface, controller, runtime }
}

const diagnosisRequests = (runtime: { sent: Message[] }) => runtime.sent.filter((m) => m.type === "analyse" || m.type === "page-state")

/** The load event, then idle periods: the tab is drawn, and any preload asked for has run. */
async function loadedAndIdle(w: ReturnType<typeof controlledWindow>) {
  w.load()
  for (let i = 0; i < 2; i++) {
    w.idle()
    await settle()
  }
}

describe("OverlayController", () => {
  it("draws the collapsed tab only once the page has loaded and been idle", async () => {
    const page = loadFixture("test/fixtures/sites/india-evisa/payment-method.html")
    const w = controlledWindow(page)
    const runtime = fakeRuntime()
    const surface = recordingSurface()
    const controller = new OverlayController(w.win, runtime, surface.create)
    await controller.start()
    await settle()
    expect(runtime.sent.map((m) => m.type)).toContain("analyse")
    expect(controller.model?.state.site?.id).toBe("india-evisa")
    expect(surface.renders).toHaveLength(0) // read and diagnosed, but nothing drawn while the page loads
    w.load()
    await settle()
    expect(surface.renders).toHaveLength(0) // loaded, not idle yet
    w.idle()
    await settle()
    expect(surface.renders.at(-1)).toMatchObject({ collapsed: true, errorCount: 0 })
    controller.stop()
  })

  it("loads the panel's frame ahead only after an input, on a payment page", async () => {
    const { page, w, surface, controller } = await startedOn("test/fixtures/sites/india-evisa/payment-method.html")
    await loadedAndIdle(w)
    expect(surface.renders.at(-1)).toMatchObject({ collapsed: true, preload: false })
    page.document.querySelector("input, select, button")!.dispatchEvent(new page.window.Event("pointerdown", { bubbles: true }) as unknown as Event)
    w.idle()
    await settle()
    expect(surface.renders.at(-1)).toMatchObject({ collapsed: true, preload: true })
    controller.stop()
  })

  it("loads it ahead with no input on a page that says the payment is being processed, where the result comes by itself", async () => {
    const { w, surface, controller } = await startedOn("test/fixtures/sites/australia-immiaccount/confirmation.html", [australia])
    expect(controller.model?.state.signals.processing).toBe(true)
    await loadedAndIdle(w)
    expect(surface.renders.at(-1)).toMatchObject({ collapsed: true, preload: true })
    controller.stop()
  })

  it("opens the panel at once when the page shows an error at load", async () => {
    const page = loadFixture("test/fixtures/sites/india-evisa/confirmation-declined.html")
    const w = controlledWindow(page)
    const surface = recordingSurface()
    const controller = new OverlayController(w.win, fakeRuntime(), surface.create)
    await controller.start()
    await settle()
    expect(surface.renders.at(-1)).toMatchObject({ collapsed: false })
    expect(surface.renders.at(-1)!.errorCount).toBeGreaterThan(0)
    controller.stop()
  })

  it("stops quietly when async work fails as the page goes away, and lets any other failure surface", () => {
    const page = loadFixture("test/fixtures/sites/india-evisa/payment-method.html")
    const w = controlledWindow(page)
    const leaving = new OverlayController(w.win, fakeRuntime(), recordingSurface().create)
    // Firefox throws from timers and frames of a window being closed or navigated away.
    w.win.dispatchEvent(new w.win.Event("pagehide"))
    expect(() => leaving.onAsyncError(new Error("InvalidStateError"))).not.toThrow()

    const other = loadFixture("test/fixtures/sites/india-evisa/payment-method.html")
    const staying = new OverlayController(controlledWindow(other).win, fakeRuntime(), recordingSurface().create)
    expect(() => staying.onAsyncError(new Error("a real bug"))).toThrow("a real bug")
  })

  describe("on a page with nothing to read (a quiet start)", () => {
    const QUIET_PAGE = "test/fixtures/sites/uk-visas/payment-method.html"

    it("draws the tab but neither reads the page nor asks for a diagnosis", async () => {
      const { w, surface, controller, runtime } = await startedOn(QUIET_PAGE, [ukVisas])
      await loadedAndIdle(w)
      expect(controller.model).toBeNull()
      expect(diagnosisRequests(runtime)).toEqual([])
      expect(surface.renders.at(-1)).toMatchObject({ collapsed: true, errorCount: 0 })
      controller.stop()
    })

    it("stays quiet through changes that show nothing to read", async () => {
      const { page, w, controller, runtime } = await startedOn(QUIET_PAGE, [ukVisas])
      await loadedAndIdle(w)
      page.document.querySelector("main")!.insertAdjacentHTML("beforeend", "<p>Your session will expire in 20 minutes.</p>")
      await settle(300)
      expect(diagnosisRequests(runtime)).toEqual([])
      controller.stop()
    })

    it("reads the page and opens the panel when an error appears", async () => {
      const { page, w, surface, controller, runtime } = await startedOn(QUIET_PAGE, [ukVisas])
      await loadedAndIdle(w)
      page.document.querySelector("main")!.insertAdjacentHTML("afterbegin", '<div role="alert">Your card was declined</div>')
      await settle(300)
      expect(controller.model?.state.errors.map((e) => e.text)).toEqual(["Your card was declined"])
      expect(diagnosisRequests(runtime).length).toBeGreaterThan(0)
      expect(surface.renders.at(-1)).toMatchObject({ collapsed: false, errorCount: 1 })
      controller.stop()
    })

    it("reads the page at the applicant's first input, in idle time, then loads the panel's frame ahead", async () => {
      const { page, w, surface, controller } = await startedOn(QUIET_PAGE, [ukVisas])
      await loadedAndIdle(w)
      page.document.querySelector("input, select, button")!.dispatchEvent(new page.window.Event("pointerdown", { bubbles: true }) as unknown as Event)
      expect(controller.model).toBeNull() // not inside the input's own task
      w.idle()
      await settle()
      expect(controller.model?.state.step.id).toBe("payment-method")
      w.idle()
      await settle()
      expect(surface.renders.at(-1)).toMatchObject({ collapsed: true, preload: true })
      controller.stop()
    })

    it("reads the page when the popup or the panel asks what it shows", async () => {
      const { w, controller, runtime } = await startedOn(QUIET_PAGE, [ukVisas])
      await loadedAndIdle(w)
      const answer = (await runtime.ask({ type: "get-panel-view" } as Message)) as { model: { state: { step: { id: string } } } } | null
      expect(answer?.model.state.step.id).toBe("payment-method")
      controller.stop()
    })

    it("reads the page at once when the panel was left open", async () => {
      const page = loadFixture(QUIET_PAGE)
      const w = controlledWindow(page)
      const runtime = fakeRuntime([ukVisas])
      const sendMessage = runtime.sendMessage.bind(runtime)
      runtime.sendMessage = async (message: Message) => {
        const answer = await sendMessage(message)
        return message.type === "get-tab-context" ? { ...(answer as TabContext), settings: { ...DEFAULT_SETTINGS, panel: { ...DEFAULT_SETTINGS.panel, collapsed: false } } } : answer
      }
      const controller = new OverlayController(w.win, runtime, recordingSurface().create)
      await controller.start()
      await settle()
      expect(controller.model?.state.step.id).toBe("payment-method")
      controller.stop()
    })
  })
})
