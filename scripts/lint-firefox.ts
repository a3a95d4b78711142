/**
 * Runs Mozilla's addons-linter on the Firefox build; fails on any error, and on any warning
 * the README's "Store packages" section does not explain (so that list stays complete).
 */
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { resolve } from "node:path"

const ROOT = resolve(import.meta.dirname, "..")

interface Finding {
  code: string
  message: string
  file?: string
}

/** The README section between "## Store packages" and the next "## " heading. */
export function storePackagesSection(readme: string): string {
  const start = readme.indexOf("\n## Store packages")
  if (start < 0) return ""
  const end = readme.indexOf("\n## ", start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/**
 * How many warnings of each code the section's table explains: a row's first cell names the code
 * and, when it covers several, how many ("(innerHTML, 3×)"). Counting, not just matching the
 * code, catches a new warning of a code that another row already explains.
 */
export function explainedCounts(section: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of section.split("\n")) {
    const first = /^\|\s*`([A-Z0-9_]+)`([^|]*)\|/.exec(line)
    if (!first) continue
    const times = /(\d+)\s*×/.exec(first[2]!)
    counts.set(first[1]!, (counts.get(first[1]!) ?? 0) + (times ? Number(times[1]) : 1))
  }
  return counts
}

/** The codes with more warnings than the README explains. */
export function unexplainedCodes(warnings: readonly Finding[], explained: ReadonlyMap<string, number>): string[] {
  const seen = new Map<string, number>()
  for (const w of warnings) seen.set(w.code, (seen.get(w.code) ?? 0) + 1)
  return [...seen].filter(([code, count]) => count > (explained.get(code) ?? 0)).map(([code]) => code)
}

function main(): void {
  const run = spawnSync("npx", ["addons-linter", "--output=json", "build/firefox-mv3-prod"], { cwd: ROOT, encoding: "utf8" })
  let report: { errors: Finding[]; warnings: Finding[] }
  try {
    report = JSON.parse(run.stdout)
  } catch {
    console.error(run.stdout, run.stderr)
    console.error("addons-linter did not produce JSON")
    process.exit(1)
  }
  const explained = explainedCounts(storePackagesSection(readFileSync(resolve(ROOT, "README.md"), "utf8")))
  const unexplained = unexplainedCodes(report.warnings, explained)
  for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message}${w.file ? ` (${w.file})` : ""}`)
  for (const e of report.errors) console.log(`ERROR ${e.code}: ${e.message}${e.file ? ` (${e.file})` : ""}`)
  for (const code of unexplained) {
    const count = report.warnings.filter((w) => w.code === code).length
    console.log(`UNEXPLAINED warning ${code}: ${count} of them, ${explained.get(code) ?? 0} explained; say in README.md, "## Store packages", why each is acceptable (or fix it)`)
  }
  console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} codes not fully explained in the README)`)
  process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1)
}

if (process.argv[1]?.endsWith("lint-firefox.ts")) main()
