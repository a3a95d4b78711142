/**
 * Runs Mozilla's addons-linter on the Firefox build; fails on any error, and on any warning
 * the README's "Store packages" section does not explain (so that list stays complete).
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
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

/** The README section between "## Store packages" and the next "## " heading. */
function storePackagesSection(readme: string): string {
  const start = readme.indexOf("\n## Store packages")
  if (start < 0) return ""
  const end = readme.indexOf("\n## ", start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

const explained = storePackagesSection(readFileSync(resolve(ROOT, "README.md"), "utf8"))
const unexplained = [...new Set(report.warnings.map((w) => w.code))].filter((code) => !explained.includes(`\`${code}\``))

for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ""}`)
for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ""}`)
for (const code of unexplained) console.log(`UNEXPLAINED warning ${code}: say in README.md, "## Store packages", why it is acceptable (or fix it)`)
console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} not explained in the README)`)
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1)
