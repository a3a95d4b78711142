import { describe, expect, it } from "vitest"

import { previewItems, withNote, withoutItems } from "./preview"
import { sampleReports } from "./sample-reports"
import { ReportV1Schema } from "./schema"
import { KNOWLEDGE_BASE_NAMES } from "./knowledge-base-names"

const [card, , stuck] = sampleReports()

describe("previewItems", () => {
  it("lists the report's parts with redaction marks as their own segments", () => {
    const items = previewItems(card, "zh-CN", KNOWLEDGE_BASE_NAMES)
    expect(items.map((item) => item.id)).toEqual(["site", "error-0", "time", "environment", "answers", "diagnosis", "tried", "note"])
    const note = items.find((item) => item.id === "note")
    expect(note?.segments).toEqual([
      { text: "已经试了两次，卡号 " },
      { text: "‹card›", redacted: "card" },
      { text: " 是对的，手机 " },
      { text: "‹phone›", redacted: "phone" }
    ])
    expect(items.find((item) => item.id === "note")?.label).toBe("您的补充")
  })

  it("marks which items the applicant may drop", () => {
    const removable = previewItems(stuck, "en", KNOWLEDGE_BASE_NAMES).filter((item) => item.removable).map((item) => item.id)
    expect(removable).toEqual(["error-0", "environment", "network", "answers", "tried", "note"])
  })

  it("shows network failures and page script errors for the volunteer", () => {
    const items = previewItems(stuck, "en", KNOWLEDGE_BASE_NAMES)
    const text = (id: string) => items.find((item) => item.id === id)?.segments.map((s) => s.text).join("")
    expect(text("network")).toContain("https://www.sbiepay.sbi/secure/js/checkout.js (kind: net::ERR_BLOCKED_BY_CLIENT)")
    expect(text("network")).toContain("(kind: http 503)")
    expect(text("environment")).toContain("2 script errors on the page")
  })
})

describe("withoutItems / withNote", () => {
  it("drops the chosen items and keeps the report valid", () => {
    const slim = withoutItems(stuck, ["error-0", "environment", "network", "answers", "tried", "note", "site", "nonsense"])
    expect(slim.errors).toEqual([])
    expect(slim.environment).toEqual({})
    expect(slim.network).toEqual([])
    expect(slim.answers).toEqual({})
    expect(slim.tried).toEqual([])
    expect(slim).not.toHaveProperty("note")
    expect(slim.page).toEqual(stuck.page)
    expect(ReportV1Schema.safeParse(slim).success).toBe(true)
  })

  it("drops only the chosen error", () => {
    const two = { ...card, errors: [card.errors[0], { ...card.errors[0], text: "second" }] }
    expect(withoutItems(two, ["error-0"]).errors.map((e) => e.text)).toEqual(["second"])
  })

  it("redacts the applicant's note, and an empty note removes it", () => {
    expect(withNote(stuck, " 我的邮箱 a.b@qq.com ").note).toBe("我的邮箱 ‹email›")
    expect(withNote(stuck, "  ")).not.toHaveProperty("note")
    expect(ReportV1Schema.safeParse(withNote(stuck, "长".repeat(5000))).success).toBe(true)
  })
})
