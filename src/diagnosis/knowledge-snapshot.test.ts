import { describe, expect, it } from "vitest"

import { diagnose, getCause } from "./index"
import { evidenceKey, knowledgeSnapshot } from "./knowledge-snapshot"

describe("knowledge snapshot", () => {
  const items = diagnose({
    page: { siteId: "india-evisa", step: "confirmation" },
    errors: [{ text: "Your card has not been enabled for international transactions", source: "profile" }],
    now: "2026-11-27T10:00:00Z"
  })

  it("carries the words of every cause, fix and evidence note the diagnosis names, and nothing else", () => {
    expect(items.length).toBeGreaterThan(0)
    const snapshot = knowledgeSnapshot(items)
    expect(Object.keys(snapshot.causes).sort()).toEqual([...new Set(items.map((i) => i.cause))].sort())
    for (const item of items) {
      expect(snapshot.causes[item.cause].title).toEqual(getCause(item.cause)!.title)
      for (const fix of item.fixes) expect(snapshot.fixes[fix].steps.length).toBeGreaterThan(0)
      for (const note of item.evidence) {
        const text = snapshot.evidence[evidenceKey(note)]
        expect(text.en.length).toBeGreaterThan(0)
        expect(text["zh-CN"]).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })

  it("survives JSON, as extension messages carry it", () => {
    const snapshot = knowledgeSnapshot(items)
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot)
  })

  it("keys evidence notes independently of parameter order", () => {
    expect(evidenceKey({ kind: "text", id: "x", params: { a: 1, b: "2" } })).toBe(evidenceKey({ kind: "text", id: "x", params: { b: "2", a: 1 } }))
  })
})
