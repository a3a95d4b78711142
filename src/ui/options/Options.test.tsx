import { render } from "preact"
import { act } from "preact/test-utils"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

import { parseLabelledLines } from "~src/diagnosis/recognizer/training-data"
import { saveReportAsCase, updateCase } from "~src/store/cases"
import type { EvphDatabase } from "~src/store/db"
import { recordIncident } from "~src/store/incidents"
import { getSettings } from "~src/store/settings-store"
import { freshDatabase } from "~src/store/test-db"
import { TEST_KNOWLEDGE } from "~src/ui/desk/test-knowledge"
import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { Options } from "./Options"
import { createStoreServices } from "./store-services"

let root: HTMLElement
let db: EvphDatabase
beforeEach(async () => {
  root = document.createElement("div")
  document.body.append(root)
  db = await freshDatabase()
})
afterEach(() => {
  render(null, root)
  root.remove()
  db.close()
})

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 5)))
}
const byText = (selector: string, text: string) => [...root.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.trim() === text)

async function mount(locale: "en" | "zh-CN", tab: "cases" | "settings") {
  const download = vi.fn()
  const services = createStoreServices(db, locale, download, { name: "test", version: "0.0.0" })
  act(() => {
    render(
      <Options
        locale={locale}
        services={services}
        knowledge={TEST_KNOWLEDGE}
        decode={() => ({ ok: false, error: "invalid" })}
        copyText={async () => {}}
        sites={[
          { id: "india-evisa", name: "India e-Visa" },
          { id: "uk-eta", name: "UK ETA" }
        ]}
        initialTab={tab}
      />,
      root
    )
  })
  await settle()
  return { download }
}

describe("options page", () => {
  it("has the three tabs, desk first, and moves between them with the arrow keys", async () => {
    await mount("zh-CN", "cases")
    const tabs = [...root.querySelectorAll('[role="tab"]')].map((t) => t.textContent)
    expect(tabs).toEqual(["志愿者工作台", "案例记录", "设置"])
    const selected = root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!
    await act(async () => {
      selected.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }))
    })
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe("志愿者工作台")
    expect(root.querySelector('label[for="desk-paste"]')?.textContent).toBe("粘贴报告")
  })

  it("case log: lists, filters, opens a case, marks the fix that worked and shows what worked", async () => {
    const first = (await saveReportAsCase(db, sampleReport(), 1000)).saved
    await saveReportAsCase(db, sampleReport({ note: "second", page: { ...sampleReport().page, site: null } }), 2000)
    await updateCase(db, first.id, { tags: ["ICBC"] }, 3000)
    await mount("en", "cases")
    expect(root.querySelector("table.cases caption")?.textContent).toBe("2 cases")
    expect(root.textContent).toContain("No solved cases yet.")

    const search = root.querySelector<HTMLInputElement>("#log-text")!
    search.value = "icbc"
    await act(async () => {
      search.dispatchEvent(new Event("input", { bubbles: true }))
    })
    expect(root.querySelector("table.cases caption")?.textContent).toBe("1 cases")

    await act(async () => byText("button", "Open")!.click())
    const detail = root.querySelector(".case-detail")!
    expect(detail.textContent).toContain(`Case #${first.id}`)
    const status = detail.querySelector<HTMLSelectElement>("select[name=status]")!
    status.value = "solved"
    const worked = detail.querySelector<HTMLSelectElement>("select[name=worked-fix]")!
    worked.value = "call-bank-enable-international"
    detail.querySelector<HTMLTextAreaElement>("textarea[name=note]")!.value = "Bank enabled it"
    await act(async () => {
      detail.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }))
    })
    await settle()

    const stored = (await db.cases.get(first.id))!
    expect(stored).toMatchObject({ status: "solved", workedFix: "call-bank-enable-international", tags: ["ICBC"] })
    expect(stored.notes.map((n) => n.text)).toEqual(["Bank enabled it"])
    const worked2 = root.querySelector(".what-worked")!.textContent
    expect(worked2).toContain("From 1 solved cases.")
    expect(worked2).toContain("Ask the bank to allow overseas payments × 1 (100%)")
  })

  it("case log: a bad import file shows its message and adds nothing", async () => {
    await saveReportAsCase(db, sampleReport())
    await mount("zh-CN", "cases")
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!
    const file = new File(['{"format":"evisa-pay-helper-data","version":9}'], "data.json", { type: "application/json" })
    Object.defineProperty(input, "files", { value: [file], configurable: true })
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }))
    })
    await settle()
    expect(root.textContent).toContain("这个文件来自更新版本的扩展")
    expect(await db.cases.count()).toBe(1)
  })

  it("settings: saves choices, shows my history, exports, and deletes everything only after confirming", async () => {
    await recordIncident(db, { time: Date.parse("2025-03-04T10:00:00Z"), siteId: "india-evisa", step: "verification", topCause: null, errorText: "OTP expired" })
    await saveReportAsCase(db, sampleReport())
    const { download } = await mount("en", "settings")

    const ukBox = byText("label.check", "UK ETA")!.querySelector("input")!
    await act(async () => ukBox.click())
    await settle()
    expect((await getSettings(db)).disabledSites).toEqual(["uk-eta"])

    const volunteer = byText("label.check", "Volunteer mode (show technical details in the panel)")!.querySelector("input")!
    await act(async () => volunteer.click())
    await settle()
    expect((await getSettings(db)).volunteerMode).toBe(true)

    const history = root.querySelector('[aria-labelledby="settings-history"]')!.textContent
    expect(history).toContain("India e-Visa")
    expect(history).toContain("Bank verification")
    expect(history).toContain("OTP expired")

    await act(async () => byText("button", "Export all data")!.click())
    await settle()
    expect(download).toHaveBeenCalledOnce()
    expect(JSON.parse(download.mock.calls[0]![1]).data.cases).toHaveLength(1)

    await act(async () => byText("button", "Delete all data")!.click())
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain("cannot be undone")
    await act(async () => byText("button", "Cancel")!.click())
    expect(await db.cases.count()).toBe(1)

    await act(async () => byText("button", "Delete all data")!.click())
    await act(async () => byText("button", "Yes, delete everything")!.click())
    await settle()
    expect(await db.cases.count()).toBe(0)
    expect(await db.incidents.count()).toBe(0)
    expect(root.textContent).toContain("All data was deleted.")
  })

  it("case log: exports solved cases as labelled lines the recognizer's trainer accepts", async () => {
    const { saved } = await saveReportAsCase(db, sampleReport())
    await updateCase(db, saved.id, { status: "solved", workedFix: "contact-bank-enable-overseas" })
    await saveReportAsCase(db, { ...sampleReport(), errors: [] })
    const { download } = await mount("en", "cases")
    await act(async () => byText("button", "Export solved cases to train the recognizer (JSONL)")!.click())
    await settle()
    expect(download).toHaveBeenCalledOnce()
    const [name, body] = download.mock.calls[0]! as [string, string]
    expect(name).toMatch(/solved-cases-\d{4}-\d{2}-\d{2}\.jsonl$/)
    const parsed = parseLabelledLines(body)
    expect(parsed.problems).toEqual([])
    expect(parsed.lines.length).toBe(sampleReport().errors.length)
    for (const line of parsed.lines) {
      expect(line.cause).toBe(sampleReport().diagnosis[0]!.cause)
      expect(line.fix).toBe("contact-bank-enable-overseas")
    }
  })
})
