import { afterEach, describe, expect, it, vi } from "vitest"

import { HOST_TAG, OverlayView, type OverlayViewState } from "./overlay-view"

// about:blank keeps happy-dom from trying to load a page; in the extension it is sidepanel.html?embedded=1.
const FRAME_URL = "about:blank#evph-panel"
const base: OverlayViewState = { locale: "zh-CN", side: "right", collapsed: true, errorCount: 0 }

let view: OverlayView | undefined
afterEach(() => {
  view?.destroy()
  view = undefined
})

function make(onOpen = vi.fn(), frameOrigins?: string[]) {
  view = new OverlayView(document, { hostId: "evisa-pay-helper-root", frameUrl: FRAME_URL, frameOrigins, onOpen })
  view.attach()
  const root = view.host.shadowRoot!
  return {
    view,
    onOpen,
    tab: () => root.querySelector<HTMLButtonElement>(".evph-tab")!,
    badge: () => root.querySelector<HTMLElement>(".evph-badge")!,
    frame: () => root.querySelector<HTMLIFrameElement>("iframe"),
    wrapper: () => root.querySelector<HTMLElement>(".evph-overlay")!
  }
}

describe("the tab the content script draws on the page", () => {
  it("lives in an open shadow root on a host tag of our own, with the id the rest of the extension knows", () => {
    const { view } = make()
    expect(view.host.tagName.toLowerCase()).toBe(HOST_TAG)
    expect(view.host.id).toBe("evisa-pay-helper-root")
    expect(view.host.isConnected).toBe(true)
    expect(view.host.shadowRoot?.mode).toBe("open")
    // The host is a zero-size fixed box: adding it relays out nothing of the page's own.
    expect(view.host.shadowRoot?.querySelector("style")?.textContent).toMatch(/:host\{all:initial !important;position:fixed !important;[^}]*width:0 !important;height:0 !important;/)
  })

  it("shows the tab with an error badge and draws attention; no frame until the panel opens", () => {
    const { view, tab, badge, frame } = make()
    view.render({ ...base, errorCount: 2 })
    expect(tab().hidden).toBe(false)
    expect(tab().textContent).toContain("支付帮手")
    expect(badge().hidden).toBe(false)
    expect(badge().textContent).toBe("2")
    expect(tab().classList.contains("evph-tab--attention")).toBe(true)
    expect(tab().getAttribute("aria-label")).toBe("打开支付帮手 — 页面显示了 2 条错误提示")
    expect(tab().getAttribute("aria-expanded")).toBe("false")
    expect(frame()).toBeNull()
  })

  it("has no badge and no attention without errors, in English, on the left", () => {
    const { view, tab, badge, wrapper } = make()
    view.render({ ...base, locale: "en", side: "left" })
    expect(tab().textContent).toBe("Pay helper")
    expect(badge().hidden).toBe(true)
    expect(tab().classList.contains("evph-tab--attention")).toBe(false)
    expect(tab().getAttribute("aria-label")).toBe("Open Pay helper")
    expect(wrapper().className).toBe("evph-overlay evph-side-left")
    expect(wrapper().lang).toBe("en")
  })

  it("caps the badge at 9+", () => {
    const { view, badge } = make()
    view.render({ ...base, errorCount: 14 })
    expect(badge().textContent).toBe("9+")
  })

  it("tells the controller when the applicant clicks the tab", () => {
    const { view, tab, onOpen } = make()
    view.render(base)
    tab().click()
    expect(onOpen).toHaveBeenCalledTimes(1)
  })
})

describe("the panel frame", () => {
  it("is created the first time the panel opens: the panel page, allowed to copy, titled in the applicant's language", () => {
    const { view, tab, frame } = make()
    view.render({ ...base, collapsed: false, errorCount: 1 })
    expect(tab().hidden).toBe(true)
    const element = frame()!
    expect(element.getAttribute("src")).toBe(FRAME_URL)
    expect(element.getAttribute("allow")).toBe("clipboard-write 'src'")
    expect(element.title).toBe("支付帮手：付款问题的说明和解决步骤")
    expect(element.hidden).toBe(false)
  })

  it("delegates copying to every origin the panel page may load under (Chromium's dynamic address and the extension's own)", () => {
    const origins = ["chrome-extension://0f3c-dynamic", "chrome-extension://bgpegemoaoeekhlkmojjdjpppfppamca"]
    const { view, frame } = make(vi.fn(), origins)
    view.render({ ...base, collapsed: false })
    expect(frame()!.getAttribute("allow")).toBe(`clipboard-write ${origins.join(" ")}`)
  })

  it("drops the frame when it could not load; the next open loads a new one", () => {
    const { view, frame } = make()
    view.render({ ...base, collapsed: false })
    const first = frame()
    view.dropFrame()
    expect(frame()).toBeNull()
    view.render({ ...base, collapsed: true })
    view.render({ ...base, collapsed: false })
    expect(frame()).not.toBeNull()
    expect(frame()).not.toBe(first)
  })

  it("is kept (with the panel's state) while collapsed, and shown again on reopening", () => {
    const { view, tab, frame } = make()
    view.render({ ...base, collapsed: false })
    const first = frame()
    view.render({ ...base, collapsed: true })
    expect(frame()).toBe(first)
    expect(first!.hidden).toBe(true)
    expect(tab().hidden).toBe(false)
    view.render({ ...base, collapsed: false })
    expect(frame()).toBe(first)
    expect(first!.hidden).toBe(false)
    expect(view.host.shadowRoot!.querySelectorAll("iframe")).toHaveLength(1)
  })

  it("follows a language change in its title", () => {
    const { view, frame } = make()
    view.render({ ...base, collapsed: false })
    view.render({ ...base, collapsed: false, locale: "en" })
    expect(frame()!.title).toBe("Pay helper: what went wrong with the payment and how to fix it")
  })
})

describe("the panel's placeholder, under the frame until the panel's page paints over it", () => {
  const errors = [
    { text: "Transaction declined by issuing bank (05)", lastSeen: "2026-03-01T10:00:00.000Z" },
    { text: "Card declined: please use another card", lastSeen: "2026-03-01T10:00:05.000Z" }
  ]
  const placeholder = (view: OverlayView) => view.host.shadowRoot!.querySelector<HTMLElement>(".evph-placeholder")

  it("opens with the panel: the panel's name, the newest error and a line saying causes are being looked for, before the frame in the tree", () => {
    const { view, frame } = make()
    view.render({ ...base, collapsed: false, errorCount: 2, errors })
    const box = placeholder(view)!
    expect(box.hidden).toBe(false)
    // Only for the eye: screen readers get the panel itself.
    expect(box.getAttribute("aria-hidden")).toBe("true")
    expect(box.nextElementSibling).toBe(frame())
    expect([...box.children].map((child) => [child.tagName.toLowerCase(), child.textContent, (child as HTMLElement).hidden])).toEqual([
      ["b", "支付帮手", false],
      ["blockquote", "Card declined: please use another card", false],
      ["p", "正在查找可能的原因…", false]
    ])
  })

  it("follows the page's errors and the language, and says nothing it has not got", () => {
    const { view } = make()
    view.render({ ...base, locale: "en", collapsed: false })
    const [heading, quote, note] = [...placeholder(view)!.children] as HTMLElement[]
    expect(heading.textContent).toBe("Pay helper")
    expect(quote.hidden).toBe(true)
    expect(note.hidden).toBe(true)
    view.render({ ...base, locale: "en", collapsed: false, errorCount: 1, errors: errors.slice(0, 1) })
    expect(quote.hidden).toBe(false)
    expect(quote.textContent).toBe("Transaction declined by issuing bank (05)")
    expect(note.textContent).toBe("Looking for the likely causes…")
  })

  it("shows page text as text, never as markup", () => {
    const { view } = make()
    const hostile = [{ text: '<img src=x onerror="alert(1)">Declined', lastSeen: "2026-03-01T10:00:00.000Z" }]
    view.render({ ...base, collapsed: false, errorCount: 1, errors: hostile })
    const box = placeholder(view)!
    expect(box.querySelector("img")).toBeNull()
    expect(box.querySelector("blockquote")!.textContent).toBe('<img src=x onerror="alert(1)">Declined')
  })

  it("hides with the frame: while collapsed, and while the frame loads ahead, hidden", () => {
    const { view, frame } = make()
    view.render({ ...base, preload: true })
    expect(frame()!.hidden).toBe(true)
    expect(placeholder(view)!.hidden).toBe(true)
    view.render({ ...base, collapsed: false, errorCount: 1, errors })
    expect(placeholder(view)!.hidden).toBe(false)
    expect(placeholder(view)!.nextElementSibling).toBe(frame())
    view.render({ ...base, collapsed: true, errorCount: 1, errors })
    expect(placeholder(view)!.hidden).toBe(true)
  })

  it("goes with a frame that could not load", () => {
    const { view } = make()
    view.render({ ...base, collapsed: false })
    view.dropFrame()
    expect(placeholder(view)).toBeNull()
    view.render({ ...base, collapsed: true })
    view.render({ ...base, collapsed: false })
    expect(view.host.shadowRoot!.querySelectorAll(".evph-placeholder")).toHaveLength(1)
  })

  it("the frame is transparent and the placeholder is the panel's box, so whatever paints first is what shows", () => {
    const { view } = make()
    const css = view.host.shadowRoot!.querySelector("style")!.textContent!
    expect(css).toMatch(/\.evph-placeholder\{background:#fff;/)
    expect(css).not.toMatch(/\.evph-frame\{[^}]*background/)
    // Its words are painted at opacity 0 in their first frame, so they never count as the portal's largest contentful paint.
    expect(css).toMatch(/\.evph-placeholder>\*\{[^}]*animation:evph-in 1ms step-end both/)
    expect(css).toContain("@keyframes evph-in{from{opacity:0}}")
  })
})

describe("rendering", () => {
  it("touches nothing when nothing changed (a page that mutates all the time re-renders us often)", async () => {
    const { view } = make()
    const errors = [{ text: "Card declined", lastSeen: "2026-03-01T10:00:00.000Z" }]
    view.render({ ...base, errorCount: 3 })
    view.render({ ...base, collapsed: false, errorCount: 1, errors })
    const records: MutationRecord[] = []
    const observer = new MutationObserver((list) => records.push(...list))
    observer.observe(view.host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true })
    view.render({ ...base, collapsed: false, errorCount: 1, errors: [...errors] })
    view.render({ ...base, collapsed: false, errorCount: 1, errors: [...errors] })
    await Promise.resolve()
    observer.disconnect()
    expect(records).toHaveLength(0)
  })

  it("focuses the tab and the frame on request, and leaves the page when destroyed", () => {
    const { view, tab } = make()
    view.render(base)
    view.focusTab()
    expect(view.host.shadowRoot!.activeElement).toBe(tab())
    view.destroy()
    expect(document.getElementById("evisa-pay-helper-root")).toBeNull()
  })
})
