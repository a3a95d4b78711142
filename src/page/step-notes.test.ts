import { describe, expect, it } from "vitest"

import { messages as deskMessages } from "~src/ui/desk/messages"
import { messages as panelMessages } from "~src/ui/panel/messages"

import { describeStepNote, parseStepNote, stepNote } from "./step-notes"

describe("step notes", () => {
  it("parse back what step detection writes, and leave a rule's own note alone", () => {
    expect(parseStepNote(stepNote.outcome("failure", "heading"))).toEqual({ id: "outcome", outcome: "failure", where: "heading" })
    expect(parseStepNote(stepNote.reference("order number"))).toEqual({ id: "reference" })
    expect(parseStepNote(stepNote.cardForm())).toEqual({ id: "card-form" })
    expect(parseStepNote(stepNote.content())).toEqual({ id: "content" })
    expect(parseStepNote(stepNote.tooWeak("receipt"))).toEqual({ id: "too-weak", step: "receipt" })
    expect(parseStepNote('text "Payment failed"')).toBeNull()
  })

  it("read in both languages in the panel and on the desk", () => {
    const notes = [stepNote.outcome("failure", "status"), stepNote.outcome("unknown", "banner"), stepNote.outcome("success", "heading"), stepNote.reference("x"), stepNote.cardForm(), stepNote.content(), stepNote.tooWeak("receipt")]
    for (const catalogue of [panelMessages, deskMessages]) {
      for (const locale of ["en", "zh-CN"] as const) {
        const words = catalogue[locale] as Record<string, string>
        const prefix = catalogue === panelMessages ? "vol.stepNote." : "step-note-"
        for (const note of notes) {
          const said = describeStepNote(note, (word, params) => {
            const template = words[`${prefix}${word}`]
            expect(template, `${prefix}${word} (${locale})`).toBeTruthy()
            return template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? "")
          })
          expect(said).not.toBe(note)
          if (locale === "zh-CN") expect(said).toMatch(/[\u4e00-\u9fff]/)
        }
      }
    }
    expect(describeStepNote("url /x/", () => "never")).toBe("url /x/")
  })
})
