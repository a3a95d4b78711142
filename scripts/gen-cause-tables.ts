/**
 * Writes the two tables generated from the cause files: src/diagnosis/cause-texts.json, their
 * words without their patterns, for extension pages (src/diagnosis/cause-texts.ts), and
 * src/diagnosis/cause-rules.generated.ts, their patterns without their words, for the background
 * (src/diagnosis/cause-rules.ts). `npm run build` and `npm run dev` run it first; unit tests fail
 * when a committed table is out of date.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"

import { CAUSE_RULES_FILE, causeRulesModule } from "~src/diagnosis/cause-rules"
import { CAUSE_TABLES_COMMAND, CAUSE_TEXTS_FILE, causeTextsJson } from "~src/diagnosis/cause-texts"
import { CAUSES } from "~src/diagnosis/registry"

/** The tables as the cause files make them today, by path from the repository root. */
export function causeTables(): Record<string, string> {
  return { [CAUSE_TEXTS_FILE]: causeTextsJson(CAUSES), [CAUSE_RULES_FILE]: causeRulesModule(CAUSES, CAUSE_TABLES_COMMAND) }
}

/** Rewrites the tables the cause files changed; returns the paths it rewrote. */
export function writeCauseTables(root: string): string[] {
  const rewritten: string[] = []
  for (const [file, next] of Object.entries(causeTables())) {
    const path = join(root, file)
    let current = ""
    try {
      current = readFileSync(path, "utf8")
    } catch {
      // missing: written below
    }
    if (current === next) continue
    writeFileSync(`${path}.tmp`, next)
    renameSync(`${path}.tmp`, path)
    rewritten.push(file)
  }
  return rewritten
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const rewritten = writeCauseTables(process.cwd())
  console.log(rewritten.length ? `wrote ${rewritten.join(", ")}` : "the cause tables are up to date")
}
