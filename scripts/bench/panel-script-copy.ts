import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * A copy of a build (in a new temporary folder, which the caller removes) whose panel script
 * (`sidepanel.*.js`) is `change`d: the frame-floor tools replace it with one line that sets a
 * mark, or wrap it in marks.
 */
export function copyWithPanelScript(build: string, change: (script: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "evph-panel-copy-"))
  cpSync(build, dir, { recursive: true })
  const name = readdirSync(dir).find((file) => /^sidepanel\..*\.js$/.test(file))
  if (!name) throw new Error(`no sidepanel script in ${build}`)
  writeFileSync(join(dir, name), change(readFileSync(join(dir, name), "utf8")))
  return dir
}
