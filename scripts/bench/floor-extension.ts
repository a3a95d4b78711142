import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

/**
 * The "floor": an extension with an empty content script on exactly our matches. What it
 * costs is what any content-script extension costs Chromium (injection, an isolated world);
 * our figures minus the floor's is the part our own code can still win back.
 * Written to a fresh temp directory on every run, never into the repository.
 */
export function writeFloorExtension(ourManifest: { content_scripts?: { matches?: string[] }[] }): string {
  const matches = [...new Set((ourManifest.content_scripts ?? []).flatMap((s) => s.matches ?? []))]
  if (matches.length === 0) throw new Error("our manifest has no content script matches to copy")
  const dir = mkdtempSync(join(tmpdir(), "evph-floor-extension-"))
  const manifest = {
    manifest_version: 3,
    name: "Floor (empty content script)",
    version: "0.0.1",
    content_scripts: [{ matches, js: ["empty.js"], run_at: "document_idle" }]
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2))
  writeFileSync(join(dir, "empty.js"), "// intentionally empty\n")
  return dir
}
