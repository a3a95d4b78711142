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

describe("what the panel brings into the content script", () => {
  const closure = valueImportClosure(`${PANEL_DIR}/Panel.tsx`)

  it("uses Preact and no other UI library, and no zod", () => {
    const packages = [...closure].filter((entry) => entry.startsWith("package:")).map((entry) => entry.slice("package:".length))
    expect(packages.filter((name) => !["preact", "preact/hooks", "fflate"].includes(name))).toEqual([])
    expect(closure.has("src/report/schema.ts")).toBe(false)
    expect(closure.has("src/report/decode-share-input.ts")).toBe(false)
  })

  it("keeps the test fixtures and the full knowledge base out (the overlay passes its knowledge in)", () => {
    expect(closure.has(`${PANEL_DIR}/panel-test-fixtures.ts`)).toBe(false)
    expect(closure.has(`${PANEL_DIR}/default-knowledge.ts`)).toBe(false)
    expect([...closure].some((file) => file.startsWith("src/diagnosis/causes/"))).toBe(false)
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
