import { resolve } from "node:path"

import { build } from "esbuild"
import { describe, expect, it } from "vitest"

import { tildeAlias } from "~scripts/bench/bundle-for-page"

const ROOT = resolve(import.meta.dirname, "../..")

/** The repo files a content script's bundle is built from (esbuild's view of the import graph). */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "iife",
    platform: "browser",
    plugins: [tildeAlias],
    logLevel: "silent"
  })
  return Object.keys(result.metafile.inputs)
}

/**
 * Content scripts load on every visit to every portal page: what they do not need there is
 * sent to them (the host's profiles, the reading words) or stays in the background (the
 * registry of every site, the knowledge base and recognizer in src/diagnosis, zod, Dexie, the
 * polyfill). Each would add kilobytes to every page load (the overlay's budget is 20 KB
 * gzipped, see npm run bench).
 */
const STAYS_OUT = [
  "src/page/reading-words-data.ts",
  "src/sites/generic.ts",
  "src/sites/index.ts",
  "src/sites/all-profiles.ts",
  "src/diagnosis/",
  "src/report/share-code",
  "node_modules/zod/",
  "node_modules/dexie/",
  "node_modules/webextension-polyfill/"
]

describe("what content scripts bundle", () => {
  for (const entry of ["contents/overlay/index.ts", "contents/frame-reporter.ts"]) {
    it(`${entry} leaves out the registry, the word lists and the background's libraries`, async () => {
      const inputs = await inputsOf(entry)
      expect(inputs).toContain("src/page/outcome-statements.ts")
      expect(inputs.filter((file) => STAYS_OUT.some((out) => file.startsWith(out)))).toEqual([])
    })
  }
})
