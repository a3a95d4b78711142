import { describe, expect, it } from "vitest"

import { ErrorTimeline } from "./error-timeline"
import { captureAsContentScript as captureVisibleErrors, pageWithBody } from "./test-dom"

const at = (s: number) => new Date(Date.UTC(2025, 2, 12, 8, 0, s))

describe("ErrorTimeline", () => {
  it("keeps a toast that has vanished, with when it was first and last seen", () => {
    const page = pageWithBody(`<div id="toasts"><div class="toast">Payment failed, try again</div></div>`)
    const timeline = new ErrorTimeline()
    timeline.observe(captureVisibleErrors(page.document, null, at(0)), at(0))
    timeline.observe(captureVisibleErrors(page.document, null, at(2)), at(2))
    page.document.getElementById("toasts")!.innerHTML = ""
    const list = timeline.observe(captureVisibleErrors(page.document, null, at(5)), at(5))
    expect(list).toEqual([
      { text: "Payment failed, try again", source: "toast", firstSeen: at(0).toISOString(), lastSeen: at(2).toISOString() }
    ])
  })

  it("records native alert and confirm boxes, redacted, with their code", () => {
    const timeline = new ErrorTimeline()
    timeline.addNative("alert", "Error 403: access denied for li.wei@example.com", at(1))
    timeline.addNative("confirm", "Session expired. Start again?", at(2))
    expect(timeline.list()).toEqual([
      expect.objectContaining({ source: "native-alert", code: "403", text: expect.not.stringContaining("li.wei") }),
      expect.objectContaining({ source: "native-confirm", text: "Session expired. Start again?" })
    ])
    expect(timeline.addNative("alert", "   ", at(3))).toBeNull()
  })

  it("keeps at most 20, dropping the longest unseen", () => {
    const timeline = new ErrorTimeline()
    for (let i = 0; i < 25; i++) timeline.addNative("alert", `Error ${100 + i}`, at(i))
    const list = timeline.list()
    expect(list).toHaveLength(20)
    expect(list[0].text).toBe("Error 105")
  })
})
