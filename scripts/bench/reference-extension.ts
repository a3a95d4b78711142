import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

interface OurManifest {
  content_scripts?: { matches?: string[] }[]
}

/**
 * A reference extension for the benchmark: one content script, `source`, at document_idle on
 * exactly the pages ours matches, and the extension pages it may frame there. Written to a fresh temp directory on every run, never into
 * the repository; the caller removes it.
 */
export function writeReferenceExtension(ourManifest: OurManifest, name: string, source: string, framedPages: string[] = []): string {
  const matches = [...new Set((ourManifest.content_scripts ?? []).flatMap((s) => s.matches ?? []))]
  if (matches.length === 0) throw new Error("our manifest has no content script matches to copy")
  const dir = mkdtempSync(join(tmpdir(), "evph-reference-extension-"))
  const manifest = {
    manifest_version: 3,
    name,
    version: "0.0.1",
    content_scripts: [{ matches, js: ["content.js"], run_at: "document_idle" }],
    // Pages the content script frames, as ours frames its panel (sidepanel.html).
    ...(framedPages.length ? { web_accessible_resources: [{ resources: framedPages, matches }] } : {})
  }
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2))
  writeFileSync(join(dir, "content.js"), source)
  return dir
}
