import { describe, expect, it } from "vitest"

import { CATEGORY_IDS } from "./categories"
import type { CauseDefinition } from "./cause"
import { CAUSES, diagnose, FIXES, getFix } from "./index"
import type { CauseExample, Evidence } from "./types"

// The knowledge base is data: every cause file is checked like a lint rule with its examples.
const causeFiles = import.meta.glob<{ cause: CauseDefinition }>("./causes/*.ts", { eager: true })

const ACTIONS = ["clear-site-data", "switch-browser", "card-checklist", "wait-before-retry", "check-payment-status", "copy-report", "show-payment-methods", "show-portal-time"]
// Jargon that must stay out of what an applicant reads (volunteers get it in `technical`).
const APPLICANT_JARGON = /3-?D ?Secure|3DS|\bACS\b|ISO ?8583|\bCNP\b|\bBIN\b|\bOTP\b|CVV2|transStatus|do_not_honor/i

function evidenceOf(example: CauseExample): Evidence {
  const extra = example.evidence ?? {}
  return {
    ...extra,
    page: { siteId: example.siteId ?? null, step: example.step ?? "unknown", ...(extra.page ?? {}) },
    errors: example.text ? [{ text: example.text, source: "text" }] : []
  }
}

describe("knowledge base", () => {
  it("registers every cause file exactly once, under its file name", () => {
    const fromFiles = Object.entries(causeFiles).map(([path, mod]) => {
      expect(mod.cause.id, path).toBe(path.replace("./causes/", "").replace(/\.ts$/, ""))
      return mod.cause.id
    })
    expect(CAUSES.map((c) => c.id).sort()).toEqual(fromFiles.sort())
    expect(new Set(CAUSES.map((c) => c.id)).size).toBe(CAUSES.length)
  })

  it("has at least 35 causes and covers every category", () => {
    expect(CAUSES.length).toBeGreaterThanOrEqual(35)
    for (const category of CATEGORY_IDS) expect(CAUSES.some((c) => c.category === category), category).toBe(true)
  })

  it("has unique, complete fixes", () => {
    expect(new Set(FIXES.map((f) => f.id)).size).toBe(FIXES.length)
    for (const fix of FIXES) {
      expect(fix.steps.length, fix.id).toBeGreaterThan(0)
      for (const text of [fix.title, ...fix.steps]) {
        expect(text.en.trim(), fix.id).not.toBe("")
        expect(/[\u4e00-\u9fff]/.test(text["zh-CN"]), `${fix.id}: ${text["zh-CN"]}`).toBe(true)
      }
      if (fix.action) expect(ACTIONS).toContain(fix.action)
    }
  })

  it("covers the seed's fix lists", () => {
    for (const id of [
      "contact-bank-enable-overseas",
      "use-bank-registered-phone",
      "clear-site-data",
      "use-current-browser",
      "switch-device",
      "check-maintenance-and-avoid-peak",
      "use-visa-or-mastercard-credit",
      "wait-before-retry",
      "check-payment-status-first",
      "try-other-verification-channel",
      "contact-portal-support"
    ])
      expect(getFix(id), id).toBeDefined()
  })

  for (const cause of CAUSES) {
    describe(cause.id, () => {
      it("references existing fixes", () => {
        expect(cause.fixes.length).toBeGreaterThan(0)
        for (const id of cause.fixes) expect(getFix(id), id).toBeDefined()
      })

      it("speaks both languages, plainly to applicants", () => {
        for (const text of [cause.title, cause.explanation, cause.technical]) {
          expect(text.en.trim()).not.toBe("")
          expect(/[\u4e00-\u9fff]/.test(text["zh-CN"])).toBe(true)
        }
        expect(cause.explanation.en).not.toMatch(APPLICANT_JARGON)
        expect(cause.explanation["zh-CN"]).not.toMatch(APPLICANT_JARGON)
        expect(cause.title["zh-CN"]).not.toMatch(APPLICANT_JARGON)
      })

      it("uses stateless patterns", () => {
        const patterns = [...(cause.recognition.text ?? []), ...(cause.recognition.hints ?? []), ...(cause.recognition.exclude ?? [])]
        for (const p of patterns) expect(p.flags, String(p)).not.toMatch(/[gy]/)
      })

      it("has examples in English and Chinese", () => {
        const texts = cause.examples.filter((e) => e.text)
        expect(texts.some((e) => e.lang === "en")).toBe(true)
        expect(texts.some((e) => e.lang.startsWith("zh"))).toBe(true)
        expect(cause.negatives.length).toBeGreaterThan(0)
      })

      for (const example of cause.examples) {
        it(`diagnoses [${example.lang}] “${example.text || "(no text)"}” to it first`, () => {
          expect(diagnose(evidenceOf(example))[0]?.cause).toBe(cause.id)
        })
      }
      for (const negative of cause.negatives) {
        it(`does not blame it for [${negative.lang}] “${negative.text}”`, () => {
          expect(diagnose(evidenceOf(negative)).map((d) => d.cause)).not.toContain(cause.id)
        })
      }
    })
  }
})
