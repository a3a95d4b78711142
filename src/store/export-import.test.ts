import { afterEach, describe, expect, it } from "vitest"

import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { recordAttempt } from "./attempts"
import { listCases, saveReportAsCase, updateCase } from "./cases"
import type { EvphDatabase } from "./db"
import { EXPORT_FORMAT, exportAllData, importData } from "./export-import"
import { recordIncident } from "./incidents"
import { getSettings, setSettings } from "./settings-store"
import { freshDatabase } from "./test-db"
import { recordTried } from "./tried"

const tool = { name: "e-Visa Pay Helper", version: "0.1.0" }
const opened: EvphDatabase[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

async function db() {
  const created = await freshDatabase()
  opened.push(created)
  return created
}

async function fill(target: EvphDatabase) {
  const { saved } = await saveReportAsCase(target, sampleReport(), 1000)
  await updateCase(target, saved.id, { status: "solved", workedFix: "call-bank-enable-international", tags: ["ICBC"], addNote: "called the bank" }, 2000)
  await saveReportAsCase(target, sampleReport({ note: "other" }), 3000)
  await recordAttempt(target, { time: "2025-03-04T10:00:00Z", siteId: "india-evisa", outcome: "failed" })
  await recordIncident(target, { time: 5, siteId: "india-evisa", step: "confirmation", topCause: null, errorText: "declined" })
  await recordTried(target, "india-evisa", "clear-cache", "did-not-help", 7)
  await setSettings(target, { locale: "en", volunteerMode: true })
}

const counts = (target: EvphDatabase) => Promise.all([target.cases, target.attempts, target.incidents, target.tried].map((t) => t.count()))
const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest)

describe("export and import", () => {
  it("round-trips everything into an empty database, then merges without duplicates", async () => {
    const source = await db()
    await fill(source)
    const { file, skipped } = await exportAllData(source, tool, new Date("2025-03-05T00:00:00Z"))
    expect(skipped).toBe(0)
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: "2025-03-05T00:00:00.000Z", tool })
    const text = JSON.stringify(file)

    const target = await db()
    const summary = await importData(target, text, { replaceSettings: true })
    expect(summary.added).toEqual({ cases: 2, attempts: 1, incidents: 1, tried: 1 })
    expect(summary.settingsReplaced).toBe(true)
    expect(strip((await listCases(target)).cases)).toEqual(strip((await listCases(source)).cases))
    expect(strip(await target.attempts.toArray())).toEqual(strip(await source.attempts.toArray()))
    expect(strip(await target.tried.toArray())).toEqual(strip(await source.tried.toArray()))
    expect(await getSettings(target)).toEqual(await getSettings(source))

    const again = await importData(target, text)
    expect(again.added).toEqual({ cases: 0, attempts: 0, incidents: 0, tried: 0 })
    expect(again.duplicates).toEqual({ cases: 2, attempts: 1, incidents: 1, tried: 1 })
    expect(await counts(target)).toEqual([2, 1, 1, 1])
  })

  it("adds notes and tags from the file to a case both sides hold, keeping local status", async () => {
    const source = await db()
    const { saved } = await saveReportAsCase(source, sampleReport(), 1000)
    await updateCase(source, saved.id, { addNote: "from colleague", tags: ["visa"] }, 1500)
    const text = JSON.stringify((await exportAllData(source, tool)).file)

    const target = await db()
    const mine = (await saveReportAsCase(target, sampleReport(), 1200)).saved
    await updateCase(target, mine.id, { status: "unsolved", addNote: "my note" }, 1300)
    const summary = await importData(target, text)
    expect(summary.casesMerged).toBe(1)
    const [merged] = (await listCases(target)).cases
    expect(merged!.status).toBe("unsolved")
    expect(merged!.notes.map((n) => n.text)).toEqual(["my note", "from colleague"])
    expect(merged!.tags).toEqual(["visa"])
    expect(await getSettings(target)).toEqual(await getSettings(source)) // both defaults: settings untouched
  })

  it.each([
    ["not JSON", "{ this is not json", "import-not-json"],
    ["someone else's file", JSON.stringify({ format: "other", version: 1 }), "import-not-ours"],
    ["a newer version", JSON.stringify({ format: EXPORT_FORMAT, version: 2, data: {} }), "import-newer-version"],
    ["missing data", JSON.stringify({ format: EXPORT_FORMAT, version: 1 }), "import-invalid"]
  ])("refuses %s with a clear error id and writes nothing", async (_label, text, errorId) => {
    const target = await db()
    await fill(target)
    const before = await counts(target)
    await expect(importData(target, text)).rejects.toMatchObject({ name: "StoreError", id: errorId })
    expect(await counts(target)).toEqual(before)
  })

  it("refuses a file with one tampered record and writes none of its good records", async () => {
    const source = await db()
    await fill(source)
    const { file } = await exportAllData(source, tool)
    const tampered = structuredClone(file)
    tampered.data.cases[1]!.report.page.step.id = "hacked" as never
    const target = await db()
    await expect(importData(target, JSON.stringify(tampered))).rejects.toMatchObject({ id: "import-invalid" })
    expect(await counts(target)).toEqual([0, 0, 0, 0])
  })
})
