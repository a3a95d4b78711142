import { describe, expect, it } from "vitest"

import { PageSession } from "~contents/overlay/page-session"
import { encodeBridgeMessage, BRIDGE_EVENT } from "~src/page/main-world-bridge"
import { READING_WORDS } from "~src/page/reading-words-data"
import type { PageState } from "~src/page/types"
import { profile as india } from "~src/sites/india-evisa"
import { loadFixture } from "~test/unit/page-fixture"
import { pageWithBody } from "~src/page/test-dom"

function sessionOn(win: Window) {
  const changes: string[] = []
  const left: string[] = []
  const session = new PageSession(win, { changed: (r) => changes.push(r), left: (o) => left.push(o) })
  return { session, changes, left }
}

function frameState(origin: string, step: PageState["step"]["id"], errors: string[]): PageState {
  return {
    site: null,
    origin,
    path: "/",
    step: { id: step, confidence: 1, evidence: [] } as unknown as PageState["step"],
    errors: errors.map((text) => ({ text, source: "dom", firstSeen: "2026-01-01T00:00:00Z" }) as unknown as PageState["errors"][number]),
    signals: { cardForm: false, otpInput: false, threeDSFrame: false, processing: false }
  }
}

describe("PageSession", () => {
  it("reads the page with the profile for its path, and says when new errors appear", () => {
    const page = loadFixture("test/fixtures/sites/india-evisa/confirmation-declined.html")
    const { session } = sessionOn(page.window as unknown as Window)
    session.useProfiles([india], READING_WORDS)
    expect(session.profile?.id).toBe("india-evisa")
    const first = session.read(new Date())
    expect(first.state.site?.id).toBe("india-evisa")
    expect(first.state.errors.length).toBeGreaterThan(0)
    expect(first.newErrors).toBe(true)
    expect(first.outcome).toBe("failed")
    const again = session.read(new Date())
    expect(again.newErrors).toBe(false)
    expect(again.outcome).toBeNull()
    expect(session.lastState).toBe(again.state)
  })

  it("reads no profile when the background sent none", () => {
    const page = pageWithBody("<main>hello</main>")
    const { session } = sessionOn(page.window as unknown as Window)
    expect(session.read(new Date()).state.site).toBeNull()
  })

  it("puts what alert() said into the errors and asks to be read again; keeps page script errors apart", () => {
    const page = pageWithBody("<main>pay here</main>")
    const win = page.window as unknown as Window & typeof globalThis
    const { session, changes } = sessionOn(win)
    const stop = new AbortController()
    session.listen(stop.signal)
    win.dispatchEvent(new win.CustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage("alert", "Transaction declined by bank") }))
    win.dispatchEvent(new win.CustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage("page-error", "TypeError: x is undefined") }))
    expect(changes).toEqual(["alert"])
    expect(session.pageErrors).toEqual(["TypeError: x is undefined"])
    expect(session.read(new Date()).state.errors.map((e) => e.text)).toContain("Transaction declined by bank")
    stop.abort()
    win.dispatchEvent(new win.CustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage("alert", "after stop") }))
    expect(changes).toEqual(["alert"])
  })

  it("merges its payment frames' errors and deeper step, and offers their https origins for clearing", () => {
    const page = pageWithBody("<main>pay here</main>", "https://portal.example.gov/pay")
    const { session } = sessionOn(page.window as unknown as Window)
    session.addFrame(frameState("https://gateway.example.com", "verification", ["OTP failed"]))
    session.addFrame(frameState("http://insecure.example.com", "unknown", []))
    const { state } = session.read(new Date())
    expect(state.step.id).toBe("verification")
    expect(state.signals.threeDSFrame).toBe(true)
    expect(state.errors.map((e) => [e.text, e.source])).toContainEqual(["OTP failed", "frame"])
    expect(session.siteOrigins()).toEqual(["https://portal.example.gov", "https://gateway.example.com"])
  })

  it("reports an attempt of unknown outcome when the applicant leaves a processing page", () => {
    const page = pageWithBody(`<div role="status" aria-busy="true">Processing your payment, do not refresh</div>`)
    const win = page.window as unknown as Window & typeof globalThis
    const { session, left } = sessionOn(win)
    const stop = new AbortController()
    session.listen(stop.signal)
    expect(session.read(new Date()).state.signals.processing).toBe(true)
    win.dispatchEvent(new win.Event("pagehide"))
    expect(left).toEqual(["unknown"])
    stop.abort()
  })
})
