import { afterEach, describe, expect, it } from "vitest"

import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { getCase, listCases, saveReportAsCase, updateCase } from "./cases"
import type { EvphDatabase } from "./db"
import { freshDatabase } from "./test-db"

let db: EvphDatabase

function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T
  }
  return value
}
afterEach(() => db?.close())

describe("cases repository", () => {
  it("saves a report as an open case and dedupes the same report", async () => {
    db = await freshDatabase()
    const first = await saveReportAsCase(db, sampleReport(), 1000)
    expect(first.created).toBe(true)
    expect(first.saved).toMatchObject({ status: "open", siteId: "india-evisa", topCause: "international-payments-off", tags: [], notes: [] })
    // Same content with keys in another order is the same report.
    const again = await saveReportAsCase(db, reverseKeys(sampleReport()), 2000)
    expect(again.created).toBe(false)
    expect(again.saved.id).toBe(first.saved.id)
    expect(await db.cases.count()).toBe(1)
    const other = await saveReportAsCase(db, sampleReport({ note: "another" }), 3000)
    expect(other.created).toBe(true)
    expect(await db.cases.count()).toBe(2)
  })

  it("updates status, notes, tags and the fix that worked", async () => {
    db = await freshDatabase()
    const { saved } = await saveReportAsCase(db, sampleReport(), 1000)
    await updateCase(db, saved.id, { addNote: "  asked to call the bank ", tags: ["ICBC", " icbc ", "ICBC", ""] }, 2000)
    const updated = await updateCase(db, saved.id, { status: "solved", workedFix: "call-bank-enable-international", addNote: "   " }, 3000)
    expect(updated.notes).toEqual([{ text: "asked to call the bank", at: 2000 }])
    expect(updated.tags).toEqual(["ICBC", "icbc"])
    expect(updated.status).toBe("solved")
    expect(updated.workedFix).toBe("call-bank-enable-international")
    expect(updated.updatedAt).toBe(3000)
    const cleared = await updateCase(db, saved.id, { workedFix: null }, 4000)
    expect(cleared.workedFix).toBeUndefined()
    expect((await getCase(db, saved.id)).workedFix).toBeUndefined()
  })

  it("lists by status, site, cause and text, newest change first", async () => {
    db = await freshDatabase()
    const a = (await saveReportAsCase(db, sampleReport(), 1000)).saved
    const b = (
      await saveReportAsCase(
        db,
        sampleReport({
          page: { site: null, origin: "https://pay.example.com", path: "/checkout", step: { id: "verification", confidence: 0.6, evidence: [] } },
          errors: [{ text: "OTP expired", source: "alert-role", firstSeen: "2025-03-05T10:00:00Z", lastSeen: "2025-03-05T10:00:00Z" }],
          diagnosis: [{ cause: "otp-expired", category: "verification-failed", confidence: 0.7, evidence: [], fixes: ["request-new-code"] }]
        }),
        2000
      )
    ).saved
    await updateCase(db, a.id, { status: "solved", tags: ["工商银行"] }, 3000)

    expect((await listCases(db)).cases.map((c) => c.id)).toEqual([a.id, b.id])
    expect((await listCases(db, { status: "open" })).cases.map((c) => c.id)).toEqual([b.id])
    expect((await listCases(db, { siteId: "india-evisa" })).cases.map((c) => c.id)).toEqual([a.id])
    expect((await listCases(db, { cause: "generic-decline" })).cases.map((c) => c.id)).toEqual([a.id])
    expect((await listCases(db, { cause: "otp-expired" })).cases.map((c) => c.id)).toEqual([b.id])
    expect((await listCases(db, { text: "otp EXPIRED" })).cases.map((c) => c.id)).toEqual([b.id])
    expect((await listCases(db, { text: "工商" })).cases.map((c) => c.id)).toEqual([a.id])
    expect((await listCases(db, { text: "declined nothing-like-this" })).cases).toEqual([])
  })

  it("skips a corrupt case in lists, reports it, and keeps it stored", async () => {
    db = await freshDatabase()
    const good = (await saveReportAsCase(db, sampleReport(), 1000)).saved
    const badId = await db.cases.add({ reportHash: "f".repeat(64), report: { broken: true } } as never)
    const listed = await listCases(db)
    expect(listed.cases.map((c) => c.id)).toEqual([good.id])
    expect(listed.corruptIds).toEqual([badId])
    await expect(getCase(db, badId)).rejects.toMatchObject({ name: "StoreError", id: "corrupt-record" })
    await expect(getCase(db, 9999)).rejects.toMatchObject({ id: "not-found" })
    await expect(updateCase(db, badId, { status: "solved" })).rejects.toMatchObject({ id: "corrupt-record" })
    expect(await db.cases.get(badId)).toMatchObject({ report: { broken: true } })
  })
})
