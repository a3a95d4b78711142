/**
 * `npm test`: type-check, unit tests, build, real-browser tests (Chromium, Firefox), Firefox lint.
 * Runs every stage, prints a summary, exits non-zero if any stage failed.
 */
import { spawnSync } from "node:child_process"
import { resolve } from "node:path"

import { ensureSystemDeps } from "./system-deps"

const ROOT = resolve(import.meta.dirname, "..")

const stages: { name: string; command: string[] }[] = [
  { name: "type-check", command: ["npx", "tsc", "--noEmit", "-p", "tsconfig.json"] },
  { name: "unit tests", command: ["npx", "vitest", "run"] },
  { name: "build (chrome-mv3, firefox-mv3)", command: ["npx", "tsx", "scripts/build.ts"] },
  { name: "end-to-end tests (Chromium)", command: ["npx", "vitest", "run", "--config", "vitest.e2e.config.mts"] },
  { name: "end-to-end tests (Firefox)", command: ["npx", "vitest", "run", "--config", "vitest.firefox.config.mts"] },
  { name: "addons-linter (Firefox build)", command: ["npx", "tsx", "scripts/lint-firefox.ts"] }
]

const only = process.argv.slice(2)

// Pre-flight: the browser stages need Debian's Chromium and Firefox ESR, and CJK fonts for the
// screenshots. Installed here on Debian as root (CI, a fresh container); elsewhere the exact
// command is printed and nothing runs.
const selected = (name: string) => !only.length || only.some((o) => name.startsWith(o))
if (stages.some((stage) => stage.name.startsWith("end-to-end") && selected(stage.name))) {
  console.log("\n=== system packages")
  if (!ensureSystemDeps(["chromium", "firefox", "cjk-fonts"], { purpose: "npm test" })) process.exit(1)
}
const results: { name: string; ok: boolean; seconds: number }[] = []
for (const stage of stages) {
  if (only.length && !only.some((o) => stage.name.startsWith(o))) continue
  console.log(`\n=== ${stage.name}: ${stage.command.join(" ")}`)
  const started = Date.now()
  const run = spawnSync(stage.command[0], stage.command.slice(1), { cwd: ROOT, stdio: "inherit" })
  const ok = run.status === 0
  results.push({ name: stage.name, ok, seconds: (Date.now() - started) / 1000 })
  // Without a build there is nothing for the browser tests to load.
  if (!ok && stage.name.startsWith("build")) break
}

console.log("\n=== summary")
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.name} (${r.seconds.toFixed(1)} s)`)
const failed = results.filter((r) => !r.ok).length
console.log(`stages: ${results.length - failed} passed, ${failed} failed`)
process.exit(failed === 0 && results.length === stages.length ? 0 : 1)
