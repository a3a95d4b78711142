import { act } from "preact/test-utils"
import { afterEach, describe, expect, it, vi } from "vitest"

import { describeEvidence, diagnose, getCause, getFix } from "~src/diagnosis/index"
import { buildReport } from "~src/report/build"

import { defaultKnowledge } from "./default-knowledge"
import { makeActions, makeModel, renderPanel, type RenderedPanel } from "./panel-test-fixtures"

/**
 * The panel wired to the real knowledge base and report module (the fixtures elsewhere pin
 * the panel's own behaviour). Words are read from the knowledge base, so this test follows
 * its wording as it grows and only fails when the wiring breaks.
 */
let panel: RenderedPanel | undefined
afterEach(() => panel?.unmount())

for (const locale of ["zh-CN", "en"] as const) {
  describe(`real knowledge base, ${locale}`, () => {
    const text = locale === "zh-CN" ? "交易失败：您的卡未开通境外支付功能" : "Your card was declined: international transactions are not enabled"
    const now = "2026-11-25T10:00:00.000Z"
    const diagnosis = diagnose({ page: { siteId: "australia-immiaccount", step: "confirmation" }, errors: [{ text, source: "alert-role" }], now })

    it("shows the top cause, why, and its first fix as a checklist", () => {
      expect(diagnosis[0]?.category).toBe("bank-restriction")
      const model = makeModel({ locale, step: "confirmation", errorTexts: [text], diagnosis, now })
      panel = renderPanel(model, makeActions(), defaultKnowledge)
      const top = getCause(diagnosis[0]!.cause)!
      const firstFix = getFix(diagnosis[0]!.fixes[0]!)!
      const shown = panel.text()
      expect(shown).toContain(top.title[locale])
      expect(shown).toContain(top.explanation[locale])
      expect(shown).toContain(describeEvidence(diagnosis[0]!.evidence[0]!, locale))
      expect(shown).toContain(firstFix.steps[0]![locale])
      expect(shown).not.toContain(top.technical[locale])
    })

    it("previews and copies a real report", async () => {
      const model = makeModel({ locale, step: "confirmation", errorTexts: [text], diagnosis, now })
      const actions = makeActions({
        buildReport: () =>
          buildReport({
            pageState: model.state,
            environment: model.environment,
            network: [],
            diagnosis,
            answers: {},
            tried: [],
            locale,
            now: new Date(now),
            tool: { name: "e-Visa Pay Helper", version: "0.1.0" },
            portalTimeZone: "Australia/Sydney"
          })
      })
      panel = renderPanel(model, actions, defaultKnowledge)
      await panel.click(panel.button(locale === "zh-CN" ? "复制报告" : "Copy report"))
      // The text's code loads on first use (default-knowledge.ts): the preview shows it once it is there.
      const exactText = () => panel!.container.querySelector('[data-evph="report-text"]')?.textContent ?? ""
      await vi.waitFor(() => expect(exactText()).toContain("EVPR1."))
      await act(async () => {})
      const exact = exactText()
      expect(exact).toContain("EVPR1.")
      expect(exact).toContain(text.slice(0, 8))
      await panel.click(panel.button(locale === "zh-CN" ? /^ 复制$/ : /^ Copy$/))
      expect(actions.copyReport).toHaveBeenCalledOnce()
    })
  })
}
