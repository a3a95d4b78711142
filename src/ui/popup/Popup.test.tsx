import { render } from "preact"
import { act } from "preact/test-utils"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import type { ActiveTabState } from "~src/messaging/protocol"
import { Popup, type PopupProps } from "./Popup"

let root: HTMLElement
beforeEach(() => {
  root = document.createElement("div")
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
})

const knownTab: ActiveTabState = {
  url: "https://indianvisaonline.gov.in/evisa/Payment",
  topCause: "international-payments-off",
  state: {
    site: { id: "india-evisa", name: { en: "India e-Visa", "zh-CN": "印度电子签证" }, kind: "portal" },
    origin: "https://indianvisaonline.gov.in",
    path: "/evisa/Payment",
    step: { id: "verification", confidence: 0.9, evidence: [] },
    errors: [{ text: "Declined", source: "alert-role", firstSeen: "2025-03-04T10:00:00Z", lastSeen: "2025-03-04T10:00:00Z" }],
    signals: { cardForm: false, otpInput: true, threeDSFrame: false, processing: false }
  }
}

function mount(props: Partial<PopupProps>) {
  const all: PopupProps = {
    locale: "zh-CN",
    tabState: null,
    causeTitle: (id, locale) => (id === "international-payments-off" ? (locale === "en" ? "Overseas payments off" : "银行卡没有开通境外支付") : null),
    onOpenPanel: vi.fn(async () => true),
    onCopyReport: vi.fn(async () => true),
    onOpenDesk: vi.fn(),
    onAnalyse: vi.fn(async () => true),
    ...props
  }
  act(() => render(<Popup {...all} />, root))
  return all
}

const buttons = () => [...root.querySelectorAll("button")].map((b) => b.textContent)

describe("popup", () => {
  it("on a known site: site, step, error count, top cause, and the panel buttons", async () => {
    const props = mount({ tabState: knownTab })
    const text = root.textContent ?? ""
    expect(text).toContain("已识别的网站：印度电子签证")
    expect(text).toContain("当前步骤：银行验证")
    expect(text).toContain("页面上有 1 条错误提示")
    expect(text).toContain("最可能的原因：银行卡没有开通境外支付")
    expect(buttons()).toEqual(["打开帮助面板", "复制报告给志愿者", "打开志愿者工作台"])
    await act(async () => root.querySelectorAll("button")[1]!.click())
    expect(props.onCopyReport).toHaveBeenCalledOnce()
    await act(async () => root.querySelectorAll("button")[2]!.click())
    expect(props.onOpenDesk).toHaveBeenCalledOnce()
  })

  it("with no information: says so gracefully and offers to analyse the page", async () => {
    const props = mount({ locale: "en", tabState: null, onAnalyse: vi.fn(async () => false) })
    expect(root.textContent).toContain("No information about this page yet")
    expect(buttons()).toEqual(["Analyse this page", "Open the volunteer desk"])
    await act(async () => root.querySelector("button")!.click())
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(props.onAnalyse).toHaveBeenCalledOnce()
    expect(root.textContent).toContain("The page did not answer")
  })

  it("while asking the background it only says it is looking", () => {
    mount({ locale: "en", tabState: undefined })
    expect(root.textContent).toContain("Looking at this page")
    expect(buttons()).toEqual(["Open the volunteer desk"])
  })
})
