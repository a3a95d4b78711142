import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { gzipSync } from "node:zlib"

export interface BuiltFile {
  file: string
  rawBytes: number
  gzipBytes: number
  /** Which manifest entry loads it: content script, background, extension page. */
  role: string
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

function roleOf(file: string, manifest: any): string {
  const scripts: { js?: string[]; world?: string; all_frames?: boolean }[] = manifest.content_scripts ?? []
  const script = scripts.find((s) => s.js?.includes(file))
  if (script) return `content script${script.world === "MAIN" ? " (main world)" : ""}${script.all_frames ? " (all frames)" : ""}`
  if (manifest.background?.service_worker === file) return "background"
  const stem = file.replace(/\.[0-9a-f]{8}\.js$/, "")
  if (["popup", "options", "sidepanel"].includes(stem)) return `${stem} page`
  return "other"
}

/** Every .js of a build with its raw and gzip -9 size. */
export function measureBuiltSizes(buildDir: string): BuiltFile[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, "manifest.json"), "utf8"))
  return walk(buildDir)
    .filter((path) => path.endsWith(".js"))
    .map((path) => {
      const bytes = readFileSync(path)
      const file = relative(buildDir, path)
      return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, role: roleOf(file, manifest) }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}
