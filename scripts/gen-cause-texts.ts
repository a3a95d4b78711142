/**
 * Writes src/diagnosis/cause-texts.json, the causes' words without their patterns, from the
 * cause files (see src/diagnosis/cause-texts.ts). `npm run build` runs it first; a unit test
 * fails when the committed file is out of date.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"

import { CAUSE_TEXTS_FILE, causeTextsJson } from "~src/diagnosis/cause-texts"
import { CAUSES } from "~src/diagnosis/registry"

/** Rewrites the table if the cause files changed it; says whether it did. */
export function writeCauseTexts(root: string): boolean {
  const path = join(root, CAUSE_TEXTS_FILE)
  const next = causeTextsJson(CAUSES)
  let current = ""
  try {
    current = readFileSync(path, "utf8")
  } catch {
    // missing: written below
  }
  if (current === next) return false
  writeFileSync(`${path}.tmp`, next)
  renameSync(`${path}.tmp`, path)
  return true
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const changed = writeCauseTexts(process.cwd())
  console.log(changed ? `wrote ${CAUSE_TEXTS_FILE}` : `${CAUSE_TEXTS_FILE} is up to date`)
}
