/**
 * Builds the extension for Chrome/Edge (MV3) and Firefox (MV3), then writes the content
 * scripts' matches and the host permissions from the site profiles, so the profiles are
 * the one source of truth (Plasmo can only read literal matches, and would otherwise fall
 * back to <all_urls>). `--zip` also packs each build.
 *
 *   npm run build            build/chrome-mv3-prod, build/firefox-mv3-prod
 *   npm run package          … and build/evisa-pay-helper-<version>-{chrome,firefox}.zip
 *   npm run build -- --no-minify
 *                            the same, unminified: CPU profiles then name our functions
 *                            (scripts/bench/frame-profile.ts); not for the bench's figures
 */
import { spawnSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"

import { RECOGNIZER_MODEL_FILE } from "~src/diagnosis/recognizer/index"
import { MODEL_JSON } from "~src/diagnosis/recognizer/model-data"
import { contentScriptMatches, hostPermissions } from "~src/sites/match-patterns"
import { ALL_PROFILES } from "~src/sites/all-profiles"

import { writeCauseTables } from "./gen-cause-tables"
import { storeBrowserOf, storeZipName, writeStorePackage } from "./store-package"

const ROOT = resolve(import.meta.dirname, "..")
export const TARGETS = ["chrome-mv3", "firefox-mv3"] as const

/** Content scripts that run on every known portal and gateway page (top frame). */
const PROFILE_SCRIPTS = ["overlay", "main-world"]
/** Content scripts that run inside gateway and bank frames (all frames of those hosts). */
const FRAME_SCRIPTS = ["frame-reporter"]

/** The extension page the content script frames on a portal's page to show the panel. */
const PANEL_FRAME_PAGE = "sidepanel.html"

export function patchManifest(manifest: any, target: string = "chrome-mv3"): any {
  const matches = contentScriptMatches(ALL_PROFILES)
  // Payment frames come from gateways and banks; portals' own pages need no frame reporter,
  // so most page loads do not pay for evaluating it.
  const frameMatches = contentScriptMatches(ALL_PROFILES.filter((p) => p.kind !== "portal"))
  for (const script of manifest.content_scripts ?? []) {
    const name = String(script.js?.[0] ?? "")
    if (PROFILE_SCRIPTS.some((s) => name.startsWith(`${s}.`))) script.matches = matches
    if (FRAME_SCRIPTS.some((s) => name.startsWith(`${s}.`))) script.matches = frameMatches
    if (name.startsWith("main-world.")) {
      // Must see alert() and pushState before the page's own scripts run.
      script.world = "MAIN"
      script.run_at = "document_start"
    }
  }
  manifest.host_permissions = hostPermissions(ALL_PROFILES)
  // The panel renders in an extension frame; only pages the content script runs on may load
  // it. Chromium's dynamic URL changes every session, so a page cannot probe for the
  // extension with a fixed address (Firefox's moz-extension address is already per install).
  const frameAccess: Record<string, unknown> = { resources: [PANEL_FRAME_PAGE], matches }
  if (target.startsWith("chrome")) frameAccess.use_dynamic_url = true
  manifest.web_accessible_resources = [frameAccess]
  // Firefox opens a sidebar at install by default; ours is empty until a portal's page is open
  // (docs/architecture.md).
  if (manifest.sidebar_action) manifest.sidebar_action.open_at_install = false
  // Titles in the browser's language (assets/_locales). Plasmo would replace the whole
  // `action` (popup and icons included) if package.json overrode it, so the tooltip is set here.
  manifest.action = { ...manifest.action, default_title: "__MSG_actionTitle__" }
  if (manifest.sidebar_action) manifest.sidebar_action.default_title = "__MSG_extName__"
  return manifest
}

function build(target: string, minify: boolean): string {
  const result = spawnSync("npx", ["plasmo", "build", "--src-path=.", "--hoist", `--target=${target}`, ...(minify ? [] : ["--no-minify"])], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8"
  })
  const output = `${result.stdout}${result.stderr}`
  if (result.status !== 0 || /🔴 ERROR/.test(output)) {
    process.stderr.write(output)
    throw new Error(`plasmo build for ${target} failed`)
  }
  const dir = join(ROOT, "build", `${target}-prod`)
  const manifestPath = join(dir, "manifest.json")
  const manifest = patchManifest(JSON.parse(readFileSync(manifestPath, "utf8")), target)
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  // The recognizer's model, read by the background on its first diagnosis (src/diagnosis/recognizer/index.ts).
  writeFileSync(join(dir, RECOGNIZER_MODEL_FILE), MODEL_JSON)
  return dir
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const zip = process.argv.includes("--zip")
  const minify = !process.argv.includes("--no-minify")
  // The panel shows the causes' words, and the background recognises them, from tables generated
  // from the cause files (src/diagnosis/cause-texts.ts, cause-rules.ts): remade first, so a build
  // never ships words or patterns older than its causes.
  for (const file of writeCauseTables(ROOT)) console.log(`rewrote ${file} from the cause files (commit it)`)
  for (const target of TARGETS) {
    const started = Date.now()
    const dir = build(target, minify)
    console.log(`built ${relative(ROOT, dir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    if (zip) {
      const { name, version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
      const out = join(ROOT, "build", storeZipName(name, version, storeBrowserOf(target)))
      writeStorePackage(dir, out)
      console.log(`packed ${relative(ROOT, out)}`)
    }
  }
}
