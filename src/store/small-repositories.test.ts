import { afterEach, describe, expect, it } from "vitest"

import { failuresInWindow, recentAttempts, recordAttempt } from "./attempts"
import type { EvphDatabase } from "./db"
import { deleteAllData } from "./delete-all"
import { MAX_INCIDENTS, recentIncidents, recordIncident } from "./incidents"
import { saveReportAsCase } from "./cases"
import { getSettings, setSettings } from "./settings-store"
import { DEFAULT_SETTINGS } from "./settings"
import { freshDatabase } from "./test-db"
import { recordTried, triedOnSite } from "./tried"
import { sampleReport } from "~test/unit/fixtures/desk-sample-report"

let db: EvphDatabase
afterEach(() => db?.close())

const at = (iso: string) => Date.parse(iso)

describe("attempts", () => {
  it("keeps per-site attempts and counts failures in a window", async () => {
    db = await freshDatabase()
    await recordAttempt(db, { time: "2025-03-04T10:00:00Z", siteId: "india-evisa", outcome: "failed" })
    await recordAttempt(db, { time: "2025-03-04T10:20:00Z", siteId: "india-evisa", outcome: "unknown" })
    await recordAttempt(db, { time: "2025-03-04T10:25:00Z", siteId: "india-evisa", outcome: "succeeded" })
    await recordAttempt(db, { time: "2025-03-04T10:26:00Z", siteId: "turkey-evisa", outcome: "failed" })
    await recordAttempt(db, { time: "2025-03-04T10:27:00Z", siteId: null, outcome: "failed" })
    const since = at("2025-03-04T10:10:00Z")
    expect(await recentAttempts(db, "india-evisa", since)).toEqual([
      { time: "2025-03-04T10:20:00Z", siteId: "india-evisa", outcome: "unknown" },
      { time: "2025-03-04T10:25:00Z", siteId: "india-evisa", outcome: "succeeded" }
    ])
    expect(await recentAttempts(db, null, since)).toHaveLength(1)
    const now = at("2025-03-04T10:30:00Z")
    expect(await failuresInWindow(db, "india-evisa", 60 * 60_000, now)).toBe(2)
    expect(await failuresInWindow(db, "india-evisa", 15 * 60_000, now)).toBe(1)
  })
})

describe("incidents", () => {
  it("stores a short excerpt, newest first, and keeps at most MAX_INCIDENTS", async () => {
    db = await freshDatabase()
    await recordIncident(db, { time: 1, siteId: "india-evisa", step: "card-entry", topCause: null, errorText: "x".repeat(500) })
    await recordIncident(db, { time: 2, siteId: null, step: "verification", topCause: "otp-expired", errorText: " code   expired " })
    const recent = await recentIncidents(db)
    expect(recent.map((i) => i.errorExcerpt)).toEqual(["code expired", `${"x".repeat(199)}…`])
    for (let t = 3; t < MAX_INCIDENTS + 5; t++) await recordIncident(db, { time: t, siteId: null, step: "unknown", topCause: null, errorText: "e" })
    expect(await db.incidents.count()).toBe(MAX_INCIDENTS)
    expect((await db.incidents.orderBy("time").first())?.time).toBe(5)
  })
})

describe("tried", () => {
  it("records what helped per site", async () => {
    db = await freshDatabase()
    await recordTried(db, "india-evisa", "clear-cache", "did-not-help", 10)
    await recordTried(db, "india-evisa", "switch-browser", "helped", 20)
    await recordTried(db, "turkey-evisa", "clear-cache", "helped", 30)
    expect((await triedOnSite(db, "india-evisa")).map((t) => [t.fix, t.outcome])).toEqual([
      ["clear-cache", "did-not-help"],
      ["switch-browser", "helped"]
    ])
    expect(await triedOnSite(db, "india-evisa", 15)).toHaveLength(1)
  })
})

describe("settings store", () => {
  it("returns defaults, stores valid changes and refuses invalid ones", async () => {
    db = await freshDatabase()
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS)
    await setSettings(db, { locale: "en", disabledSites: ["turkey-evisa"], panel: { side: "left" } })
    expect(await getSettings(db)).toMatchObject({ locale: "en", disabledSites: ["turkey-evisa"], panel: { side: "left", collapsed: true } })
    await expect(setSettings(db, { locale: "fr" as never })).rejects.toMatchObject({ id: "settings-invalid" })
    expect((await getSettings(db)).locale).toBe("en")
  })

  it("recovers valid fields from a damaged row without rewriting it", async () => {
    db = await freshDatabase()
    await db.settings.put({ key: "settings", value: { locale: "zh-CN", autoOpenOnError: "yes", panel: null } as never })
    const settings = await getSettings(db)
    expect(settings.locale).toBe("zh-CN")
    expect(settings.autoOpenOnError).toBe(DEFAULT_SETTINGS.autoOpenOnError)
    expect(settings.panel).toEqual(DEFAULT_SETTINGS.panel)
    expect((await db.settings.get("settings"))?.value).toMatchObject({ autoOpenOnError: "yes" })
  })
})

describe("delete all", () => {
  it("empties every table", async () => {
    db = await freshDatabase()
    await saveReportAsCase(db, sampleReport())
    await recordAttempt(db, { time: "2025-03-04T10:00:00Z", siteId: null, outcome: "failed" })
    await recordIncident(db, { time: 1, siteId: null, step: "unknown", topCause: null, errorText: "e" })
    await recordTried(db, null, "clear-cache", "helped")
    await setSettings(db, { volunteerMode: true })
    await deleteAllData(db)
    const counts = await Promise.all([db.cases, db.attempts, db.incidents, db.tried, db.settings].map((t) => t.count()))
    expect(counts).toEqual([0, 0, 0, 0, 0])
  })
})
