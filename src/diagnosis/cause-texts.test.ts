import { readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { CAUSE_TABLES_COMMAND, CAUSE_TEXTS_FILE, causeTextsJson, getCauseText } from "./cause-texts"
import { CAUSES, getCause } from "./registry"

describe("cause-texts.json, the causes' words without their patterns", () => {
  it("is what the cause files generate today", () => {
    const committed = readFileSync(join(import.meta.dirname, "../..", CAUSE_TEXTS_FILE), "utf8")
    expect(committed === causeTextsJson(CAUSES), `${CAUSE_TEXTS_FILE} is out of date with the cause files: run \`${CAUSE_TABLES_COMMAND}\` (npm run build also does) and commit it`).toBe(true)
  })

  it("gives every cause the same words, category and fixes as its file", () => {
    for (const cause of CAUSES) {
      const text = getCauseText(cause.id)
      expect(text, cause.id).toEqual({ category: cause.category, title: cause.title, explanation: cause.explanation, technical: cause.technical, fixes: cause.fixes })
    }
  })

  it("knows no cause the registry does not, and nothing from Object's prototype", () => {
    for (const id of ["no-such-cause", "constructor", "__proto__", "toString"]) {
      expect(getCause(id)).toBeUndefined()
      expect(getCauseText(id)).toBeUndefined()
    }
  })

  it("notices a cause whose words changed after the table was made", () => {
    const edited = CAUSES.map((c, i) => (i === 0 ? { ...c, title: { ...c.title, en: `${c.title.en}!` } } : c))
    expect(causeTextsJson(edited)).not.toBe(causeTextsJson(CAUSES))
  })
})
