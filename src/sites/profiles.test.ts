import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"

import { afterAll, describe, expect, it } from "vitest"

import { LOCALES } from "~src/i18n/locale"
import { detectStep } from "~src/page/detect-step"
import { contentScriptReader } from "~src/page/test-dom"
import { fixtureUrlOf, loadHtml, type LoadedPage } from "~test/unit/page-fixture"

import { ALL_PROFILES } from "./all-profiles"
import { isValidHostPattern, patternBase } from "./host-pattern"
import { findProfile, GENERIC_PROFILE, getProfile } from "./index"
import type { SiteProfile } from "./profile"
import { SiteProfileSchema } from "./schema"

/**
 * Site profiles are data, tested as data: every profile validates, names its sources, and
 * has a fixture page for each step it claims on which step detection finds that step.
 */

const ROOT = resolve(import.meta.dirname, "../..")
const FIXTURES = join(ROOT, "test/fixtures/sites")
const SITES_DIR = import.meta.dirname

const opened: LoadedPage[] = []
afterAll(() => {
  for (const page of opened) void page.window.happyDOM.close()
})

/** Every Localized text anywhere in a profile. */
function localizedTexts(profile: SiteProfile): Record<string, string>[] {
  return [
    profile.names,
    ...(profile.notes ?? []),
    ...Object.values(profile.hints ?? {}).flat(),
    ...(profile.maintenance ?? []).map((m) => m.note)
  ]
}

/** Fixture files of one profile: "<step>.html" and "<step>-<variant>.html". */
function fixturesFor(id: string): { file: string; step: string }[] {
  const dir = join(FIXTURES, id)
  if (!existsSync(dir)) return []
  const steps = [...new Set([...ALL_PROFILES, GENERIC_PROFILE].flatMap((p) => p.steps.map((s) => s.step)))]
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((file) => {
      const base = file.replace(/\.html$/, "")
      // Longest step id that prefixes the name, so "payment-method-x" is payment-method, not payment.
      const step = steps.filter((s) => base === s || base.startsWith(`${s}-`)).sort((a, b) => b.length - a.length)[0] ?? ""
      return { file, step }
    })
}

describe("site profile registry", () => {
  it("has unique ids", () => {
    const ids = [...ALL_PROFILES, GENERIC_PROFILE].map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("has no host claimed by two profiles", () => {
    const seen = new Map<string, string>()
    for (const profile of ALL_PROFILES) {
      for (const host of profile.hosts) {
        const key = `${host} ${(profile.pathPrefixes ?? ["/"]).join(",")}`
        expect(seen.get(key), `${host} in ${profile.id} and ${seen.get(key)}`).toBeUndefined()
        seen.set(key, profile.id)
      }
    }
  })

  it("lists every profile file of src/sites in all-profiles.ts", () => {
    // A profile file is one that exports `profile`; the registry's own modules do not.
    const files = readdirSync(SITES_DIR)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .filter((f) => /^export const profile\b/m.test(readFileSync(join(SITES_DIR, f), "utf8")))
      .map((f) => f.replace(/\.ts$/, ""))
    expect(files.sort()).toEqual(ALL_PROFILES.map((p) => p.id).sort())
  })
})

for (const profile of [...ALL_PROFILES, GENERIC_PROFILE]) {
  describe(`profile ${profile.id}`, () => {
    const isGeneric = profile === GENERIC_PROFILE

    it("matches the schema", () => {
      const result = SiteProfileSchema.safeParse(profile)
      expect(result.success, JSON.stringify(result.error?.issues, null, 1)).toBe(true)
    })

    it("lives in the file named after its id", () => {
      expect(existsSync(join(SITES_DIR, `${profile.id}.ts`))).toBe(true)
    })

    it("has valid host patterns", () => {
      if (!isGeneric) expect(profile.hosts.length).toBeGreaterThan(0)
      for (const host of profile.hosts) {
        expect(isValidHostPattern(host), host).toBe(true)
        expect(findProfile(`https://${patternBase(host)}${profile.pathPrefixes?.[0] ?? "/"}`)?.id, host).toBe(profile.id)
      }
    })

    it("has every text in both languages", () => {
      for (const text of localizedTexts(profile)) {
        for (const locale of LOCALES) expect(text[locale]?.trim(), JSON.stringify(text)).toBeTruthy()
        expect(/[\u4e00-\u9fff]/.test(text["zh-CN"]), text["zh-CN"]).toBe(true)
      }
    })

    it("cites an https source for its facts", () => {
      expect(profile.sources.length).toBeGreaterThan(0)
      for (const source of profile.sources) expect(source.url).toMatch(/^https:\/\//)
    })

    it("names only known profiles as its gateways", () => {
      for (const gateway of profile.payment?.gateways ?? []) expect(getProfile(gateway)?.id, gateway).toBe(gateway)
    })

    it("has valid CSS selectors", () => {
      const page = loadHtml("<!doctype html><html><body></body></html>")
      opened.push(page)
      const selectors = [...profile.errorRegions, ...profile.steps.flatMap((s) => s.selectors ?? [])]
      for (const selector of selectors) expect(() => page.document.querySelector(selector), selector).not.toThrow()
    })

    const fixtures = fixturesFor(profile.id)
    const claimed = [...new Set(profile.steps.map((s) => s.step))]

    it("has a fixture page for every step it claims", () => {
      const covered = new Set(fixtures.map((f) => f.step))
      for (const step of claimed) expect(covered.has(step), `test/fixtures/sites/${profile.id}/${step}.html`).toBe(true)
    })

    for (const { file, step } of fixtures) {
      it(`detects "${step || "?"}" on ${file}`, () => {
        expect(claimed, `${file} is named after a step the profile does not claim`).toContain(step)
        const html = readFileSync(join(FIXTURES, profile.id, file), "utf8")
        const url = fixtureUrlOf(html)
        expect(url, `${file} needs <meta name="fixture-url" content="https://…">`).toMatch(/^https:\/\//)
        if (!isGeneric) expect(findProfile(url!)?.id, `${url} must belong to ${profile.id}`).toBe(profile.id)
        const page = loadHtml(html)
        opened.push(page)
        const detected = detectStep(page.document, page.url, isGeneric ? null : profile, contentScriptReader(page.document))
        expect(detected.id, detected.evidence.join("; ")).toBe(step)
        expect(detected.confidence).toBeGreaterThan(0)
      })
    }
  })
}
