import { existsSync, readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"

import { describe, expect, it } from "vitest"

// Vitest runs from the repository root.
const ROOT = process.cwd()
const PANEL_DIR = "src/ui/panel"

function resolveModule(base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(join(ROOT, candidate))) return candidate
  }
  return null
}

/** Files and packages reached from an entry through value (not `import type`) imports. */
function valueImportClosure(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(join(ROOT, file), "utf8")
    for (const match of source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)) {
      const spec = (match[1] ?? match[2])!
      const dir = file.slice(0, file.lastIndexOf("/"))
      const base = spec.startsWith("./") ? `${dir}/${spec.slice(2)}` : spec.startsWith("../") ? join(dir, spec) : spec.startsWith("~") ? spec.slice(1) : null
      if (base === null) {
        seen.add(`package:${spec}`)
        continue
      }
      const resolved = resolveModule(base)
      if (!resolved) throw new Error(`cannot resolve ${spec} from ${file}`)
      visit(resolved)
    }
  }
  visit(entry)
  return seen
}

const sourceFiles = readdirSync(join(ROOT, PANEL_DIR)).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== "panel-test-fixtures.ts")

describe("what the page's content script carries", () => {
  const closure = valueImportClosure("contents/overlay/index.ts")
  const files = [...closure].filter((entry) => !entry.startsWith("package:"))

  it("no library at all: no Preact, no zod, not even the API polyfill (contents/overlay/extension-api.ts)", () => {
    const packages = [...closure].filter((entry) => entry.startsWith("package:")).map((entry) => entry.slice("package:".length))
    expect(packages).toEqual([])
    expect(files).toContain("contents/overlay/extension-api.ts")
  })

  it("no panel, no knowledge base and no report builder: those run in the panel's extension frame", () => {
    expect(files.filter((file) => file.startsWith("src/ui/panel/"))).toEqual([])
    expect(files.filter((file) => file.startsWith("src/diagnosis/"))).toEqual([])
    // Redaction stays: captured page text is redacted before it leaves the page.
    const redaction = ["src/report/redact.ts", "src/report/luhn.ts", "src/report/protected-spans.ts", "src/report/redaction-marks.ts"]
    expect(files.filter((file) => file.startsWith("src/report/") && !redaction.includes(file))).toEqual([])
    expect(files.filter((file) => file.startsWith("src/store/") && file !== "src/store/settings.ts")).toEqual([])
    // Self-check: the walk does reach the page reader and the tab.
    expect(files).toContain("src/page/read-page.ts")
    expect(files).toContain("src/ui/overlay/overlay-view.ts")
  })
})

describe("what the panel needs", () => {
  const closure = valueImportClosure(`${PANEL_DIR}/Panel.tsx`)

  it("uses Preact and no other UI library, and no zod", () => {
    const packages = [...closure].filter((entry) => entry.startsWith("package:")).map((entry) => entry.slice("package:".length))
    expect(packages.filter((name) => !["preact", "preact/hooks", "fflate"].includes(name))).toEqual([])
    expect(closure.has("src/report/schema.ts")).toBe(false)
    expect(closure.has("src/report/decode-share-input.ts")).toBe(false)
  })

  it("keeps the test fixtures out, and takes its knowledge as a prop (tests pin their own words)", () => {
    expect(closure.has(`${PANEL_DIR}/panel-test-fixtures.ts`)).toBe(false)
    expect(closure.has(`${PANEL_DIR}/default-knowledge.ts`)).toBe(false)
  })
})

describe("panel source keeps the privacy rules", () => {
  for (const file of sourceFiles) {
    it(`${file}: no input values, no network, no markup from strings`, () => {
      const source = readFileSync(join(ROOT, PANEL_DIR, file), "utf8")
      expect(source).not.toMatch(/\.value\b/)
      expect(source).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon/)
      expect(source).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/)
      expect(source).not.toMatch(/font-size:\s*[\d.]+rem/)
    })
  }
})
