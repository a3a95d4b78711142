import { readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

import { decodeShareInput } from "./decode-share-input"
import { formatExampleMarkdown } from "./format-example"
import { ReportV1Schema } from "./schema"
import { SHARE_CODE_ERROR_IDS } from "./share-code-error"

// Vitest runs from the repository root.
const doc = readFileSync(join(process.cwd(), "docs/report-format.md"), "utf8")
const example = doc.slice(doc.indexOf("## Full example"))
const jsonBlock = /```json\n([\s\S]*?)\n```/.exec(example)?.[1] ?? ""
const textBlocks = [...example.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1])

describe("docs/report-format.md", () => {
  it("has a full example that validates against ReportV1Schema", () => {
    const parsed = ReportV1Schema.safeParse(JSON.parse(jsonBlock))
    expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true)
  })

  it("has chat texts whose share code decodes to exactly the example JSON", () => {
    expect(textBlocks.length).toBe(2)
    for (const text of textBlocks) expect(decodeShareInput(text)).toEqual({ ok: true, report: JSON.parse(jsonBlock) })
  })

  it("shows the report the generator makes today (refresh: npx tsx scripts/report-format-example.ts --write)", () => {
    // Only the JSON is compared: the chat text's cause titles belong to the knowledge base and may be reworded.
    const generated = /```json\n([\s\S]*?)\n```/.exec(formatExampleMarkdown())?.[1]
    expect(jsonBlock).toBe(generated)
  })

  it("documents every top-level field and every decode error", () => {
    for (const field of Object.keys(ReportV1Schema.shape)) expect(doc, field).toContain(`\`${field}`)
    for (const id of SHARE_CODE_ERROR_IDS) expect(doc, id).toContain(`| \`${id}\` |`)
  })
})
