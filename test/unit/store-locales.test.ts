import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"

import { describe, expect, it } from "vitest"

import { patchManifest } from "../../scripts/build"
import { referencedMessageKeys } from "../../scripts/store-package"

/**
 * The store listing and the browser's extension list read the name, short name and
 * description from assets/_locales (copied into both builds by Plasmo), in the browser's
 * language: a Chinese browser shows the Chinese name.
 */
const ROOT = resolve(import.meta.dirname, "../..")
const LOCALES = join(ROOT, "assets/_locales")

type Messages = Record<string, { message: string; description?: string }>
const messagesOf = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES, locale, "messages.json"), "utf8"))

const packageManifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).manifest

describe("store locales", () => {
  const en = messagesOf("en")
  const zh = messagesOf("zh_CN")

  it("has exactly English and Simplified Chinese, with English the default", () => {
    expect(readdirSync(LOCALES).sort()).toEqual(["en", "zh_CN"])
    expect(packageManifest.default_locale).toBe("en")
  })

  it("both languages have the same keys, each with a non-empty message and a note for translators", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
    for (const messages of [en, zh]) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(/^\w+$/.test(key), key).toBe(true)
        expect(entry.message.trim().length, key).toBeGreaterThan(0)
        expect(entry.description?.trim().length ?? 0, key).toBeGreaterThan(0)
        // `$` starts a placeholder in extension messages; these have none.
        expect(entry.message.includes("$"), key).toBe(false)
      }
    }
  })

  it("the Chinese messages are in Chinese, not copies of the English ones", () => {
    for (const key of Object.keys(en)) {
      expect(zh[key].message, key).not.toBe(en[key].message)
      expect(/\p{Script=Han}/u.test(zh[key].message), key).toBe(true)
    }
  })

  it("fits the stores' limits: name ≤ 45 characters, short name ≤ 12, description ≤ 132", () => {
    for (const messages of [en, zh]) {
      expect([...messages.extName.message].length).toBeLessThanOrEqual(45)
      expect([...messages.extShortName.message].length).toBeLessThanOrEqual(12)
      expect([...messages.extDescription.message].length).toBeLessThanOrEqual(132)
    }
  })

  it("the manifest takes its name, short name and description from the messages", () => {
    expect(packageManifest).toMatchObject({ name: "__MSG_extName__", short_name: "__MSG_extShortName__", description: "__MSG_extDescription__" })
  })

  it("every message the manifests refer to exists in every language (both targets, after the build's patch)", () => {
    for (const target of ["chrome-mv3", "firefox-mv3"]) {
      const plasmoLike = { ...structuredClone(packageManifest), action: { default_popup: "popup.html" }, ...(target.startsWith("firefox") ? { sidebar_action: { default_panel: "sidepanel.html" } } : {}) }
      const patched = patchManifest(plasmoLike, target)
      const keys = referencedMessageKeys(patched)
      expect(keys).toEqual(expect.arrayContaining(["extName", "extShortName", "extDescription", "actionTitle"]))
      for (const key of keys) {
        expect(en[key], `${target}: ${key} in en`).toBeDefined()
        expect(zh[key], `${target}: ${key} in zh_CN`).toBeDefined()
      }
      // The toolbar button's tooltip and Firefox's sidebar title follow the browser's language too.
      expect(patched.action).toMatchObject({ default_popup: "popup.html", default_title: "__MSG_actionTitle__" })
      if (target.startsWith("firefox")) expect(patched.sidebar_action.default_title).toBe("__MSG_extName__")
    }
  })

  it("finds every reference, nested or not, so a misspelt key cannot hide", () => {
    expect(referencedMessageKeys({ name: "__MSG_extName__", a: { b: ["__MSG_ext_Typo__", "x __MSG_extName__"] } })).toEqual(["extName", "ext_Typo"])
  })
})
