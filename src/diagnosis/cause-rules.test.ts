import { readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { parseCorpus } from "./corpus-parse"
import { CAUSE_RULES_FILE, causeRulesModule } from "./cause-rules"
import { CAUSE_RULES } from "./cause-rules.generated"
import { CAUSE_TABLES_COMMAND } from "./cause-texts"
import { diagnose } from "./index"
import { CAUSES } from "./registry"
import { diagnose as diagnoseByRules } from "./rules-only"
import { evidenceForMessage } from "./recognizer/training-data"
import type { Evidence } from "./types"

const ROOT = join(import.meta.dirname, "../..")

describe("cause-rules.generated.ts, the causes' rules without their words", () => {
  it("is what the cause files generate today", () => {
    const committed = readFileSync(join(ROOT, CAUSE_RULES_FILE), "utf8")
    expect(committed === causeRulesModule(CAUSES, CAUSE_TABLES_COMMAND), `${CAUSE_RULES_FILE} is out of date with the cause files: run \`${CAUSE_TABLES_COMMAND}\` (npm run build also does) and commit it`).toBe(true)
  })

  it("holds every cause's id, category, fixes, recognition (each pattern's source and flags) and fallback, in the registry's order", () => {
    expect(CAUSE_RULES.map((c) => c.id)).toEqual(CAUSES.map((c) => c.id))
    CAUSES.forEach(({ id, category, fixes, recognition, fallback }, i) => {
      expect(CAUSE_RULES[i], id).toEqual({ id, category, fixes, recognition, ...(fallback === undefined ? {} : { fallback }) })
    })
  })

  it("notices a cause whose rules changed after the table was made", () => {
    const edited = CAUSES.map((c, i) => (i === 0 ? { ...c, recognition: { ...c.recognition, text: [...(c.recognition.text ?? []), /one more pattern/] } } : c))
    expect(causeRulesModule(edited, CAUSE_TABLES_COMMAND)).not.toBe(causeRulesModule(CAUSES, CAUSE_TABLES_COMMAND))
  })

  it("refuses a rule it could not write down (a function) instead of dropping it", () => {
    const odd = CAUSES.map((c, i) => (i === 0 ? { ...c, recognition: { ...c.recognition, steps: [(() => "x") as never] } } : c))
    expect(() => causeRulesModule(odd, CAUSE_TABLES_COMMAND)).toThrow(/function/)
  })
})

describe("the background's diagnose (rules-only.ts)", () => {
  // The same evidence the workbench builds for one message (with the site's facts when a URL is
  // given), as the page's text and as a field's error message (where "not an error" is rarer).
  const bothWays = (text: string, url?: string): Evidence[] => {
    const { evidence } = evidenceForMessage(text, url)
    return [evidence, { ...evidence, errors: [{ text, source: "field" }] }]
  }

  it("gives the same answers as the cause files on every cause's examples and negatives", () => {
    for (const cause of CAUSES) {
      for (const example of [...cause.examples, ...cause.negatives]) {
        if (!example.text) continue
        for (const evidence of bothWays(example.text)) expect(diagnoseByRules(evidence), `${cause.id}: ${example.text}`).toEqual(diagnose(evidence))
      }
    }
  })

  it("gives the same answers on the team's corpus", () => {
    const lines = parseCorpus(readFileSync(join(ROOT, "test/corpus/errors.jsonl"), "utf8"))
    expect(lines.length).toBeGreaterThan(500)
    for (const line of lines) {
      for (const evidence of bothWays(line.text, line.url)) expect(diagnoseByRules(evidence), line.text).toEqual(diagnose(evidence))
    }
  })
})
