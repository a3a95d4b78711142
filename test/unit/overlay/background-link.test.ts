import { describe, expect, it } from "vitest"

import { BackgroundLink, type FromBackground } from "~contents/overlay/background-link"
import type { Analysis, Message, PageEnvironmentInput, TabContext } from "~src/messaging/protocol"
import type { PageState } from "~src/page/types"
import { DEFAULT_SETTINGS } from "~src/store/settings"

/** A background that records what it is sent and answers through `answer` (or after `release`). */
function fakeBackground(answer: (m: Message) => unknown = () => null) {
  const sent: Message[] = []
  const pending: (() => void)[] = []
  let hold = false
  const runtime = {
    sendMessage(message: Message): Promise<unknown> {
      sent.push(message)
      if (!hold) return Promise.resolve(answer(message))
      return new Promise((resolve) => pending.push(() => resolve(answer(message))))
    }
  }
  return {
    runtime,
    sent,
    types: () => sent.map((m) => m.type),
    holdAnswers: () => (hold = true),
    release: (index: number) => pending[index](),
  }
}

function state(step: PageState["step"]["id"], errors: string[] = []): PageState {
  return {
    site: null,
    origin: "https://portal.example.gov",
    path: "/pay",
    step: { id: step } as PageState["step"],
    errors: errors.map((text) => ({ text }) as PageState["errors"][number]),
    signals: { cardForm: false, otpInput: false, threeDSFrame: false, processing: false }
  }
}

const environment = { pageErrors: { count: 0, messages: [] } } as unknown as PageEnvironmentInput
const analysisFor = (cause: string): Analysis => ({ diagnosis: [{ cause } as Analysis["diagnosis"][number]], environment: {}, network: [], attempts: [] })
const context: TabContext = { tabId: 3, profiles: [], readingWords: null, network: [], clockSkewSeconds: null, attempts: [], frames: [], settings: DEFAULT_SETTINGS }

describe("BackgroundLink", () => {
  it("asks for a diagnosis only when something it depends on changed", async () => {
    const bg = fakeBackground((m) => (m.type === "analyse" ? analysisFor("card-declined") : null))
    const link = new BackgroundLink(bg.runtime)
    const request = { state: state("payment-method"), environment, answers: {}, tried: [] }
    expect(await link.analyse(request)).toEqual(analysisFor("card-declined"))
    expect(link.analyse({ ...request, state: state("payment-method") })).toBeNull()
    expect(link.analyse({ ...request, answers: { bank: "visa" } as never })).not.toBeNull()
    expect(link.analyse({ ...request, answers: { bank: "visa" } as never, state: state("payment-method", ["Declined"]) })).not.toBeNull()
    expect(bg.types()).toEqual(["analyse", "analyse", "analyse"])
  })

  it("drops an answer that a newer request made stale", async () => {
    const bg = fakeBackground((m) => (m.type === "analyse" ? analysisFor(m.state.step.id) : null))
    bg.holdAnswers()
    const link = new BackgroundLink(bg.runtime)
    const older = link.analyse({ state: state("payment-method"), environment, answers: {}, tried: [] })!
    const newer = link.analyse({ state: state("confirmation"), environment, answers: {}, tried: [] })!
    bg.release(1)
    bg.release(0)
    expect((await newer)?.diagnosis[0].cause).toBe("confirmation")
    expect(await older).toBeNull()
  })

  it("reports the page's state once per change, and not again after an analysis recorded it", async () => {
    const bg = fakeBackground((m) => (m.type === "analyse" ? analysisFor("x") : null))
    const link = new BackgroundLink(bg.runtime)
    link.reportState(state("payment-method"), null)
    link.reportState(state("payment-method"), null)
    link.reportState(state("payment-method", ["Declined"]), null)
    await link.analyse({ state: state("confirmation"), environment, answers: {}, tried: [] })
    link.reportState(state("confirmation"), "x")
    expect(bg.types()).toEqual(["page-state", "page-state", "analyse"])
  })

  it("treats a background that throws as one that has nothing to say", async () => {
    const link = new BackgroundLink({ sendMessage: () => Promise.reject(new Error("Receiving end does not exist")) })
    expect(await link.loadContext()).toBeNull()
    expect(link.settings).toBe(DEFAULT_SETTINGS)
    expect(await link.clearSiteData(["https://a.example"])).toBeNull()
  })

  it("applies settings and attempts locally at once, and stores them in the background", async () => {
    const bg = fakeBackground((m) => (m.type === "get-tab-context" ? context : null))
    const link = new BackgroundLink(bg.runtime)
    link.updateSettings({ autoOpenOnError: false })
    expect(link.settings.autoOpenOnError).toBe(false)
    await link.loadContext()
    link.recordAttempt({ time: "2026-01-01T00:00:00Z", siteId: null, outcome: "failed" })
    expect(link.context?.attempts).toHaveLength(1)
    expect(bg.types()).toEqual(["update-settings", "get-tab-context", "record-attempt"])
  })

  it("serves what the background and side panel send, until stopped", async () => {
    const bg = fakeBackground((m) => (m.type === "get-tab-context" ? context : null))
    const link = new BackgroundLink(bg.runtime)
    await link.loadContext()
    const seen: string[] = []
    const handlers: FromBackground = {
      command: (c) => seen.push(`command:${c}`),
      view: () => null,
      action: async (a) => `did ${a}`,
      frameState: (s) => seen.push(`frame:${s.origin}`),
      networkChanged: () => seen.push("network")
    }
    let listener: ((m: unknown) => Promise<unknown> | undefined) | null = null
    const stop = new AbortController()
    link.listen((handler) => ((listener = handler), () => (listener = null)), handlers, stop.signal)
    expect(await listener!({ type: "panel-command", command: "open" })).toBe(true)
    expect(await listener!({ type: "panel-action", action: "answer", args: [] })).toBe("did answer")
    expect(await listener!({ type: "get-panel-view" })).toBeNull()
    expect(listener!({ type: "tab-network", network: [{ kind: "x" }] })).toBeUndefined()
    expect(link.context?.network).toHaveLength(1)
    listener!({ type: "frame-state", state: state("verification") })
    expect(listener!({ type: "something-else" })).toBeUndefined()
    expect(seen).toEqual(["command:open", "network", "frame:https://portal.example.gov"])
    stop.abort()
    expect(listener).toBeNull()
  })
})
