/**
 * The zips the stores take: the Chrome Web Store and AMO both want the built extension with
 * manifest.json at the zip's root. `npm run package` calls this after each build.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join, relative, sep } from "node:path"

import { zipSync } from "fflate"

export type StoreBrowser = "chrome" | "firefox"

/** build/evisa-pay-helper-0.1.0-chrome.zip: the name says what and for which store. */
export function storeZipName(packageName: string, version: string, browser: StoreBrowser): string {
  return `${packageName}-${version}-${browser}.zip`
}

/** The store browser a Plasmo target is packed for ("chrome-mv3" → "chrome"). */
export function storeBrowserOf(target: string): StoreBrowser {
  if (target.startsWith("chrome")) return "chrome"
  if (target.startsWith("firefox")) return "firefox"
  throw new Error(`no store package for target ${target}`)
}

/**
 * Files that must not ship: source maps (they would hand reviewers a second, unreviewed copy
 * of the code and bloat the package), tests, and editor or OS litter.
 */
export function excludedFromPackage(path: string): boolean {
  const name = path.split("/").pop() ?? path
  return (
    path.endsWith(".map") ||
    /\.(test|spec|e2e)\.[cm]?[jt]sx?$/.test(name) ||
    name.startsWith(".") ||
    name === "Thumbs.db" ||
    name.endsWith("~")
  )
}

/** Every `__MSG_key__` a manifest refers to: each must exist in every _locales/<lang>/messages.json. */
export function referencedMessageKeys(manifest: unknown): string[] {
  return [...new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]))].sort()
}

/** Every file of a build, with zip paths relative to the build (forward slashes). */
export function packageEntries(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry)
      if (statSync(path).isDirectory()) walk(path)
      else {
        const inZip = relative(dir, path).split(sep).join("/")
        if (!excludedFromPackage(inZip)) files[inZip] = readFileSync(path)
      }
    }
  }
  walk(dir)
  if (!files["manifest.json"]) throw new Error(`${dir} has no manifest.json at its root: build it first`)
  return files
}

/** Packs a build directory into `out`; returns the paths it holds. */
export function writeStorePackage(dir: string, out: string): string[] {
  const files = packageEntries(dir)
  writeFileSync(out, zipSync(files, { level: 9 }))
  return Object.keys(files)
}
