import Dexie from "dexie"
import { describe, expect, it } from "vitest"

import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { listCases } from "./cases"
import { SCHEMA_V1, openStore, type CaseRecordV1 } from "./db"
import { getSettings } from "./settings-store"
import { reportHash } from "./report-hash"

const uniqueName = () => `evph-migration-${Math.random().toString(36).slice(2)}`

/** Writes real version-1 data through a Dexie declaration that only knows version 1. */
async function writeVersion1Data(name: string) {
  const v1 = new Dexie(name)
  v1.version(1).stores(SCHEMA_V1)
  await v1.open()
  const solvedReport = sampleReport()
  const openReport = sampleReport({ note: "second applicant" })
  const cases: CaseRecordV1[] = [
    { report: solvedReport, reportHash: await reportHash(solvedReport), siteId: "india-evisa", topCause: "international-payments-off", solved: true, note: "bank enabled overseas payments", createdAt: 1000 },
    { report: openReport, reportHash: await reportHash(openReport), siteId: "india-evisa", topCause: "international-payments-off", solved: false, createdAt: 2000 }
  ]
  await v1.table("cases").bulkAdd(cases)
  await v1.table("attempts").add({ time: "2025-03-04T10:00:00Z", timeMs: Date.parse("2025-03-04T10:00:00Z"), siteId: "india-evisa", outcome: "failed" })
  await v1.table("incidents").add({ time: 5, siteId: "india-evisa", step: "confirmation", topCause: null, errorExcerpt: "Transaction declined" })
  await v1.table("settings").put({ key: "settings", value: { locale: "zh-CN", autoOpenOnError: false, disabledSites: [], volunteerMode: true, panel: { collapsed: false, side: "left" }, dismissedChecklists: [] } })
  v1.close()
}

describe("schema migration v1 → v2", () => {
  it("fills the new case fields and loses nothing", async () => {
    const name = uniqueName()
    await writeVersion1Data(name)
    const db = await openStore(name)
    expect(db.verno).toBe(2)

    const { cases, corruptIds } = await listCases(db)
    expect(corruptIds).toEqual([])
    const byCreated = [...cases].sort((a, b) => a.createdAt - b.createdAt)
    expect(byCreated.map((c) => c.status)).toEqual(["solved", "open"])
    expect(byCreated[0]!.notes).toEqual([{ text: "bank enabled overseas payments", at: 1000 }])
    expect(byCreated[1]!.notes).toEqual([])
    for (const c of byCreated) {
      expect(c.tags).toEqual([])
      expect(c.updatedAt).toBe(c.createdAt)
      expect(c).not.toHaveProperty("solved")
      expect(c).not.toHaveProperty("note")
    }
    expect(byCreated[0]!.report).toEqual(sampleReport())

    expect(await db.attempts.count()).toBe(1)
    expect(await db.incidents.toArray()).toMatchObject([{ errorExcerpt: "Transaction declined" }])
    expect(await getSettings(db)).toMatchObject({ locale: "zh-CN", volunteerMode: true, panel: { side: "left" } })
    expect(await db.tried.count()).toBe(0)
    db.close()
  })

  it("reports an open that waits in line behind another blocked upgrade as store-blocked too", async () => {
    const name = uniqueName()
    await writeVersion1Data(name)
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    oldTab.onversionchange = () => {}
    // The first upgrade (say the background's) is blocked and waits; ours queues behind it.
    const first = indexedDB.open(name, 20)
    first.onupgradeneeded = () => {}
    await new Promise((resolve) => (first.onblocked = resolve))
    await expect(openStore(name, {}, 300)).rejects.toMatchObject({ name: "StoreError", id: "store-blocked" })
    oldTab.close()
    await new Promise((resolve) => (first.onsuccess = () => resolve(first.result.close())))
  })

  it("reports a blocked upgrade as store-blocked and keeps the old data", async () => {
    const name = uniqueName()
    await writeVersion1Data(name)
    // Another tab holding version 1 open and not letting go (raw IndexedDB ignores versionchange).
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10) // Dexie stores version n as n * 10
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    oldTab.onversionchange = () => {}

    await expect(openStore(name)).rejects.toMatchObject({ name: "StoreError", id: "store-blocked" })

    const count = await new Promise<number>((resolve) => {
      const request = oldTab.transaction("cases", "readonly").objectStore("cases").count()
      request.onsuccess = () => resolve(request.result)
    })
    expect(count).toBe(2)
    oldTab.close()

    const db = await openStore(name)
    expect((await listCases(db)).cases).toHaveLength(2)
    db.close()
  })

  it("tells the page when another page needs a newer version", async () => {
    const name = uniqueName()
    let told = 0
    const db = await openStore(name, { onVersionChange: () => told++ })
    const newer = new Dexie(name)
    newer.version(3).stores({ cases: "++id" })
    await newer.open()
    expect(told).toBe(1)
    expect(db.isOpen()).toBe(false)
    newer.close()
  })
})
