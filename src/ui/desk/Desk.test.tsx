import { render } from "preact"
import { act } from "preact/test-utils"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import type { ReportV1 } from "~src/report/schema"
import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import type { DecodeOutcome } from "./decode-outcome"
import { Desk } from "./Desk"
import { TEST_KNOWLEDGE } from "./test-knowledge"

let root: HTMLElement
beforeEach(() => {
  root = document.createElement("div")
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
})

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)))

function mountDesk(locale: "en" | "zh-CN", decoded: DecodeOutcome) {
  const saveCase = vi.fn(async (_report: ReportV1) => ({ created: true }))
  const copyText = vi.fn(async (_text: string) => {})
  const decode = vi.fn((_text: string) => decoded)
  act(() => {
    render(
      <Desk locale={locale} decode={decode} knowledge={TEST_KNOWLEDGE} saveCase={saveCase} copyText={copyText} describeStoreError={() => "store failed"} />,
      root
    )
  })
  return { saveCase, copyText, decode }
}

async function paste(text: string) {
  const textarea = root.querySelector("textarea#desk-paste") as HTMLTextAreaElement
  textarea.value = text // a test writes the box; the desk reads it through FormData
  const form = textarea.form as HTMLFormElement
  await act(async () => {
    form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }))
  })
  await settle()
}

/** What a reader sees without opening the raw JSON. */
function shownText(): string {
  const copy = root.cloneNode(true) as HTMLElement
  copy.querySelector("details.raw")?.remove()
  return copy.textContent ?? ""
}

const button = (name: string) => [...root.querySelectorAll("button")].find((b) => b.textContent === name) as HTMLButtonElement

describe("volunteer desk", () => {
  it("labels the paste box and the open button for people and tests", () => {
    mountDesk("en", { ok: true, report: sampleReport() })
    const label = root.querySelector('label[for="desk-paste"]')
    expect(label?.textContent).toBe("Paste the report")
    expect(button("Open report")).toBeTruthy()
  })

  it("renders a Chinese applicant's report in English, and drafts the reply in Chinese", async () => {
    const { decode, saveCase, copyText } = mountDesk("en", { ok: true, report: sampleReport() })
    await paste("我的报告…\nEVPR1.abc")
    expect(decode).toHaveBeenCalledWith("我的报告…\nEVPR1.abc")
    const text = shownText()
    expect(text).toContain("India e-Visa (india-evisa)")
    expect(text).not.toContain("印度电子签证")
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain("Confirm payment")
    expect(root.querySelectorAll(".stepper li")).toHaveLength(7)
    expect(root.querySelector("blockquote")?.textContent).toBe("Transaction declined by issuing bank (05)")
    expect(text).toContain("code 05")
    expect(text).toContain("2025-03-04 21:10:02 UTC+08:00")
    expect(text).toContain("Chrome 121.0.0.0 (Blink)")
    expect(text).toContain("Asia/Shanghai · UTC+08:00")
    expect(text).toContain("blocked by an extension")
    expect(text).toContain("Overseas payments are switched off on the card")
    expect(text).toContain("likelihood 72%")
    expect(text).toContain("The bank answered with code 05")
    expect(text).toContain("Issuer response 05")
    expect(text).toContain("Ask the bank to allow overseas payments")
    expect(text).toContain("clear-cache — did not help") // unknown fix id falls back to the id
    expect(text).toContain("Payment methodVisa")
    expect(text).toContain("我试了三次都不行") // the applicant's own words stay as written
    expect(root.querySelector("details.raw pre")?.textContent).toContain('"format": "evisa-pay-report"')

    const preview = root.querySelector(".reply-preview")?.textContent ?? ""
    expect(preview).toContain("别担心，这个问题很常见")
    expect(preview).toContain("银行卡没有开通境外支付")
    expect(preview).toContain("1. 请银行开通境外支付")
    expect(preview).toContain("2. 换一张卡试试")

    // Unticking a fix removes it from the reply.
    const box = [...root.querySelectorAll("fieldset label")].find((l) => l.textContent?.includes("Try another card"))!.querySelector("input")!
    await act(async () => {
      box.click()
    })
    expect(root.querySelector(".reply-preview")?.textContent).not.toContain("换一张卡试试")

    await act(async () => button("Copy reply").click())
    await settle()
    expect(copyText).toHaveBeenCalledWith(root.querySelector(".reply-preview")?.textContent)
    expect(root.textContent).toContain("Copied.")

    await act(async () => button("Save as case").click())
    await settle()
    expect(saveCase).toHaveBeenCalledWith(sampleReport())
    expect(root.textContent).toContain("Saved as a new case.")
  })

  it("renders an English applicant's report in Chinese for a Chinese volunteer", async () => {
    mountDesk("zh-CN", { ok: true, report: sampleReport({ locale: "en" }) })
    await paste("EVPR1.abc")
    const text = shownText()
    expect(text).toContain("印度电子签证 (india-evisa)")
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain("确认支付")
    expect(text).toContain("银行返回了代码 05")
    expect(text).toContain("申请人使用的语言英文")
    expect(text).toContain("卡类型信用卡")
    expect(text).not.toMatch(/likelihood|Summary|Bank verification/)
    expect(root.querySelector(".reply-preview")?.textContent).toContain("Don't worry, this problem is common")
  })

  it("shows the message for a bad paste and stores nothing", async () => {
    const { saveCase } = mountDesk("zh-CN", { ok: false, error: "truncated" })
    await paste("EVPR1.abc")
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("报告码不完整")
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("没有保存任何内容")
    expect(root.querySelector(".opened-report")).toBeNull()
    expect(button("保存到案例记录")).toBeUndefined()
    expect(saveCase).not.toHaveBeenCalled()
  })

  it("asks for a paste when the box is empty, and names unknown decode errors", async () => {
    const { decode } = mountDesk("en", { ok: false, error: "checksum-mismatch" })
    await paste("   ")
    expect(decode).not.toHaveBeenCalled()
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("Paste the report text or code")
    await paste("EVPR1.zzz")
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("This report cannot be read (checksum-mismatch)")
  })
})

describe("volunteer desk with the real share-code decoder", () => {
  it("opens a real share code pasted inside chat text, and rejects an altered one", async () => {
    const { encodeShareCode } = await import("~src/report/share-code")
    const { decodeForDesk } = await import("./share-decode")
    const saveCase = vi.fn(async () => ({ created: true }))
    act(() => {
      render(
        <Desk locale="en" decode={decodeForDesk} knowledge={TEST_KNOWLEDGE} saveCase={saveCase} copyText={async () => {}} describeStoreError={() => ""} />,
        root
      )
    })
    const code = encodeShareCode(sampleReport())
    await paste(`支付失败了，帮我看看\n${code}\n谢谢`)
    expect(root.querySelector('[aria-current="step"]')?.textContent).toContain("Confirm payment")
    expect(root.querySelector("blockquote")?.textContent).toBe("Transaction declined by issuing bank (05)")

    await paste(code.slice(0, code.length - 40))
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/incomplete|damaged|edited/)
    expect(root.querySelector(".opened-report")).toBeNull()
    expect(saveCase).not.toHaveBeenCalled()
  })
})
