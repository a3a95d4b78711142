import { describe, expect, it } from "vitest"

import {
  ACCURACY_FLOORS,
  findLeaks,
  judge,
  loadRealPages,
  observeInWorkbench,
  parseRealPage,
  scoreSplit,
  SPLITS,
  type Observation
} from "../../scripts/real-pages"

const pages = loadRealPages()
const now = new Date("2026-12-04T10:00:00Z")
const verdicts = pages.map((page) => judge(page, observeInWorkbench(page, now)))

describe("the real-page set (test/fixtures/real)", () => {
  it("has at least 42 pages, a third of them blind, and enough pages with nothing wrong", () => {
    const blind = pages.filter((p) => p.split === "blind")
    expect(pages.length).toBeGreaterThanOrEqual(42)
    expect(blind.length).toBeGreaterThanOrEqual(14)
    expect(blind.length / pages.length).toBeGreaterThan(0.28)
    expect(pages.filter((p) => p.expect.noError).length).toBeGreaterThanOrEqual(7)
    for (const split of SPLITS) expect(pages.filter((p) => p.split === split && p.expect.noError).length).toBeGreaterThanOrEqual(3)
  })

  it("gives every page the extension is injected on its own address, so the browser test can serve them side by side", () => {
    const injected = pages.filter((p) => p.injected)
    expect(new Set(injected.map((p) => p.expect.url)).size).toBe(injected.length)
    expect(injected.length).toBeGreaterThanOrEqual(Math.ceil(pages.length * 0.75))
  })

  it("rejects a page whose header is wrong", () => {
    const page = (expect: string) => `<!DOCTYPE html>\n<!-- source: x -->\n<!-- expect: ${expect} -->\n<p>Ana Souza</p>`
    const ok = '{"url":"https://checkout.stripe.com/c/pay/x","step":"card-entry","category":"card-details","cause":"expired-card","noError":false,"mustNotLeak":["Ana Souza"]}'
    expect(parseRealPage(page(ok), "/x.html", "tune").expect.cause).toBe("expired-card")
    for (const bad of [
      ok.replace("card-entry", "paying"),
      ok.replace('"category":"card-details"', '"category":"bank"'),
      ok.replace("expired-card", "no-such-cause"),
      ok.replace("expired-card", "insufficient-funds"),
      ok.replace('"noError":false', '"noError":true'),
      ok.replace("Ana Souza", "Someone Else"),
      ok.replace("https://", "http://")
    ]) {
      expect(() => parseRealPage(page(bad), "/x.html", "tune"), bad).toThrow()
    }
    expect(() => parseRealPage(page(ok).replace("<!-- source: x -->\n", ""), "/x.html", "tune")).toThrow(/source/)
  })

  it("counts a secret as leaked as written or with its spaces removed, in any output", () => {
    const outputs: Observation["outputs"] = [
      { label: "report JSON", text: '{"errors":[{"text":"Card 4929123456781234 declined"}]}' },
      { label: "chat text (en)", text: "Name: Wang Xiaoming" }
    ]
    expect(findLeaks(["4929 1234 5678 1234", "Wang Xiaoming", "nobody@example.com"], outputs)).toEqual([
      '"4929 1234 5678 1234" in report JSON',
      '"Wang Xiaoming" in chat text (en)'
    ])
  })

  it("calls a captured error or a named cause on a page with nothing wrong a false alarm", () => {
    const quiet = pages.find((p) => p.expect.noError)!
    const observed = (diagnosis: Observation["diagnosis"], errorCount: number): Observation => ({ step: quiet.expect.step, diagnosis, errorCount, outputs: [] })
    expect(judge(quiet, observed([], 0)).falseAlarm).toBe(false)
    expect(judge(quiet, observed([], 1)).falseAlarm).toBe(true)
    expect(judge(quiet, observed([{ cause: "generic-decline", category: "generic-decline" }], 0)).falseAlarm).toBe(true)
  })

  describe.each(pages.map((p) => [p.name, p] as const))("%s", (_name, page) => {
    const verdict = verdicts.find((v) => v.page === page)!
    it("leaks none of the page's personal data into the report, the chat text or the share code", () => {
      expect(verdict.leaks).toEqual([])
    })
    if (page.expect.noError) {
      it("raises no alarm on a page with nothing wrong", () => {
        expect({ errors: verdict.observation.errorCount, causes: verdict.observation.diagnosis.map((d) => d.cause) }).toEqual({ errors: 0, causes: [] })
      })
    }
  })

  // Ratchet: the floors are what the code reached; the goal is 90% (issue #13).
  it.each(SPLITS)("the workbench reaches the step and top-cause floors on the %s split", (split) => {
    const score = scoreSplit(split, verdicts)
    const floor = ACCURACY_FLOORS.workbench[split]
    expect(score.stepAccuracy, `step ${score.stepRight}/${score.pages}`).toBeGreaterThanOrEqual(floor.step - 1e-9)
    expect(score.causeAccuracy, `top cause ${score.categoryRight}/${score.errorPages}`).toBeGreaterThanOrEqual(floor.cause - 1e-9)
  })
})
