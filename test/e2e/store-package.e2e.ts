import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative, sep } from "node:path"

import { unzipSync } from "fflate"
import { afterAll, describe, expect, it } from "vitest"

import { excludedFromPackage, referencedMessageKeys, storeBrowserOf, storeZipName, writeStorePackage } from "~scripts/store-package"

import { ROOT, launchWithExtension } from "./harness"

/**
 * Store readiness of the two builds `npm test` just made: the locales are in both, every
 * `__MSG_…__` resolves, the zips `npm run package` writes hold what the stores need and
 * nothing else, and Chromium shows the name in the browser's language.
 */
const BUILDS = { "chrome-mv3": join(ROOT, "build/chrome-mv3-prod"), "firefox-mv3": join(ROOT, "build/firefox-mv3-prod") }
const SOURCE_LOCALES = join(ROOT, "assets/_locales")
const LOCALES = readdirSync(SOURCE_LOCALES).sort()
const zh = JSON.parse(readFileSync(join(SOURCE_LOCALES, "zh_CN/messages.json"), "utf8"))
const en = JSON.parse(readFileSync(join(SOURCE_LOCALES, "en/messages.json"), "utf8"))

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? filesOf(path) : [relative(ROOT, path)]
  })
}

const scratch = mkdtempSync(join(tmpdir(), "evph-store-package-"))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe.each(Object.entries(BUILDS))("%s build", (target, dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))

  it("holds every locale, unchanged, and names English the default", () => {
    expect(readdirSync(join(dir, "_locales")).sort()).toEqual(LOCALES)
    for (const locale of LOCALES) {
      const built = JSON.parse(readFileSync(join(dir, "_locales", locale, "messages.json"), "utf8"))
      expect(built).toEqual(JSON.parse(readFileSync(join(SOURCE_LOCALES, locale, "messages.json"), "utf8")))
    }
    expect(manifest.default_locale).toBe("en")
  })

  it("refers only to messages that exist in every locale, for the name, short name, description and toolbar title", () => {
    const keys = referencedMessageKeys(manifest)
    expect(keys).toEqual(expect.arrayContaining(["actionTitle", "extDescription", "extName", "extShortName"]))
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, "_locales", locale, "messages.json"), "utf8"))
      expect(keys.filter((key) => !messages[key]), locale).toEqual([])
    }
    expect(manifest).toMatchObject({ name: "__MSG_extName__", short_name: "__MSG_extShortName__", description: "__MSG_extDescription__" })
    // The patch adds the title without losing Plasmo's popup and icons.
    expect(manifest.action).toMatchObject({ default_popup: "popup.html", default_title: "__MSG_actionTitle__" })
    expect(Object.keys(manifest.action.default_icon ?? {}).length).toBeGreaterThan(0)
  })

  it("packs into a store zip with manifest.json at its root, the locales, and no source maps or tests", () => {
    const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
    const zipName = storeZipName(name, version, storeBrowserOf(target))
    expect(zipName).toBe(`evisa-pay-helper-${version}-${target.startsWith("chrome") ? "chrome" : "firefox"}.zip`)
    const out = join(scratch, zipName)
    writeStorePackage(dir, out)

    const entries = unzipSync(readFileSync(out))
    const paths = Object.keys(entries).sort()
    expect(JSON.parse(new TextDecoder().decode(entries["manifest.json"]))).toEqual(manifest)
    for (const locale of LOCALES) expect(paths).toContain(`_locales/${locale}/messages.json`)
    expect(paths.filter((p) => p.startsWith("/") || p.includes("\\") || p.includes(".."))).toEqual([])
    expect(paths.filter((p) => /\.map$|\.(test|spec|e2e)\.|(^|\/)\./.test(p))).toEqual([])
    // Everything the browser loads is there: every shipped file of the build, byte for byte.
    const shipped = filesOf(dir).map((p) => relative(relative(ROOT, dir), p).split(sep).join("/")).filter((p) => !excludedFromPackage(p))
    expect(paths).toEqual(shipped.sort())
    for (const path of paths) expect(Buffer.from(entries[path]).equals(readFileSync(join(dir, path))), path).toBe(true)
  })
})

describe("the name in Chromium follows the browser's language", () => {
  it.each([
    ["zh-CN", zh],
    ["en-US", en]
  ])("%s", async (locale, messages) => {
    const session = await launchWithExtension({ locale })
    try {
      const shown = await session.serviceWorker.evaluate(async () => ({
        name: (await chrome.management.getSelf()).name,
        description: (await chrome.management.getSelf()).description,
        toolbarTitle: await chrome.action.getTitle({})
      }))
      expect(shown).toEqual({ name: messages.extName.message, description: messages.extDescription.message, toolbarTitle: messages.actionTitle.message })
    } finally {
      await session.close()
    }
  })
})
