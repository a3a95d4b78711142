import type { DBCore, DBCoreMutateRequest, Middleware } from "dexie"
import { afterEach, describe, expect, it } from "vitest"

import { sampleReport } from "~test/unit/fixtures/desk-sample-report"
import { listCases, saveReportAsCase } from "./cases"
import { EvphDatabase } from "./db"
import { exportAllData, importData } from "./export-import"
import { setSettings } from "./settings-store"
import { freshDatabase } from "./test-db"

const opened: EvphDatabase[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))

/** Makes the browser's disk "full" after `allowed` more writes, the way IndexedDB reports it. */
function quotaAfter(allowed: { count: number }): Middleware<DBCore> {
  return {
    stack: "dbcore",
    name: "simulated-quota",
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            if (allowed.count-- > 0) return table.mutate(request)
            return Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"))
          }
        }
      }
    })
  }
}

async function dbWithQuota(allowed: { count: number }) {
  const db = new EvphDatabase(`evph-quota-${Math.random().toString(36).slice(2)}`)
  db.use(quotaAfter(allowed))
  await db.open()
  opened.push(db)
  return db
}

describe("storage faults", () => {
  it("a full disk gives storage-full and keeps the cases already saved", async () => {
    const allowed = { count: 1 }
    const db = await dbWithQuota(allowed)
    await saveReportAsCase(db, sampleReport())
    await expect(saveReportAsCase(db, sampleReport({ note: "second" }))).rejects.toMatchObject({ name: "StoreError", id: "storage-full" })
    await expect(setSettings(db, { volunteerMode: true })).rejects.toMatchObject({ id: "storage-full" })
    expect((await listCases(db)).cases.map((c) => c.report.note)).toEqual([sampleReport().note])
  })

  it("an import that runs out of space half-way writes nothing at all", async () => {
    const source = await freshDatabase()
    opened.push(source)
    for (let i = 0; i < 4; i++) await saveReportAsCase(source, sampleReport({ note: `case ${i}` }))
    const text = JSON.stringify((await exportAllData(source, { name: "t", version: "1" })).file)

    const allowed = { count: 1 }
    const target = await dbWithQuota(allowed)
    await saveReportAsCase(target, sampleReport({ note: "kept" }))
    allowed.count = 2 // two of the four imported cases would fit
    await expect(importData(target, text)).rejects.toMatchObject({ id: "storage-full" })
    expect((await listCases(target)).cases.map((c) => c.report.note)).toEqual(["kept"])
  })
})
