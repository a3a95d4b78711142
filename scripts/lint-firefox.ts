/** Runs Mozilla's addons-linter on the Firefox build; fails on any error. */
import { spawnSync } from "node:child_process"
import { resolve } from "node:path"

const ROOT = resolve(import.meta.dirname, "..")
const run = spawnSync("npx", ["addons-linter", "--output=json", "build/firefox-mv3-prod"], { cwd: ROOT, encoding: "utf8" })
let report: { errors: { code: string; message: string; file?: string }[]; warnings: { code: string; message: string; file?: string }[] }
try {
  report = JSON.parse(run.stdout)
} catch {
  console.error(run.stdout, run.stderr)
  console.error("addons-linter did not produce JSON")
  process.exit(1)
}
for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ""}`)
for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ""}`)
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings`)
process.exit(report.errors.length === 0 ? 0 : 1)
