import { readFileSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

// Vitest runs from the repository root.
const ROOT = process.cwd()

/** Modules the content script imports; zod (~125 KB) must not reach them (design.md, toolchain notes). */
const CONTENT_SCRIPT_ENTRIES = ["src/report/build.ts", "src/report/chat-text.ts", "src/report/preview.ts", "src/report/redact.ts", "src/report/redact-report.ts", "src/report/redaction-marks.ts", "src/report/share-code.ts"]

/** Files reached through value (not `import type`) imports, following relative and ~src paths. */
function valueImportClosure(entry: string): Map<string, string> {
  const seen = new Map<string, string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    const source = readFileSync(join(ROOT, file), "utf8")
    seen.set(file, source)
    for (const match of source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"/gm)) {
      const spec = match[1]
      const dir = file.slice(0, file.lastIndexOf("/"))
      const target = spec.startsWith("./") ? `${dir}/${spec.slice(2)}` : spec.startsWith("~") ? spec.slice(1) : null
      if (target) visit(target.endsWith(".ts") ? target : `${target}.ts`)
      else seen.set(`package:${spec}`, "")
    }
  }
  visit(entry)
  return seen
}

describe("report modules the content script uses", () => {
  for (const entry of CONTENT_SCRIPT_ENTRIES) {
    it(`${entry} does not pull in zod`, () => {
      const files = [...valueImportClosure(entry).keys()]
      expect(files).not.toContain("package:zod")
      expect(files).not.toContain("src/report/schema.ts")
      expect(files).not.toContain("src/report/decode-share-input.ts")
    })
  }

  it("the check itself sees zod through the decoder", () => {
    expect([...valueImportClosure("src/report/decode-share-input.ts").keys()]).toContain("package:zod")
  })
})
