import { readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

import { afterEach, describe, expect, it } from "vitest"

import { writeFloorExtension } from "~scripts/bench/floor-extension"
import { writePanelOpenExtension } from "~scripts/bench/panel-open-extension"
import { writeTabOnlyExtension } from "~scripts/bench/tab-extension"

const OURS = {
  content_scripts: [
    { matches: ["https://indianvisaonline.gov.in/*", "https://online.immi.gov.au/*"] },
    { matches: ["https://online.immi.gov.au/*", "https://card.payments.service.gov.uk/*"] }
  ]
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function read(dir: string) {
  dirs.push(dir)
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))
  const [script] = manifest.content_scripts
  return { manifest, script, source: readFileSync(join(dir, script.js[0]), "utf8") }
}

describe("the benchmark's reference extensions", () => {
  it("floor: an empty content script on exactly our matches, at document_idle", () => {
    const { manifest, script, source } = read(writeFloorExtension(OURS))
    expect(manifest.manifest_version).toBe(3)
    expect(manifest.permissions).toBeUndefined()
    expect(script.matches).toEqual(["https://indianvisaonline.gov.in/*", "https://online.immi.gov.au/*", "https://card.payments.service.gov.uk/*"])
    expect(script.run_at).toBe("document_idle")
    expect(source.replace(/\/\/.*$/gm, "").trim()).toBe("")
  })

  it("tab only: our tab's own code and styles, and no extension API, no page read", async () => {
    const { script, source } = read(await writeTabOnlyExtension(OURS))
    expect(script.matches).toHaveLength(3)
    // The overlay's own class names and host id: the reference draws the product's tab.
    expect(source).toContain("evph-tab")
    expect(source).toContain("evisa-pay-helper-root")
    // Drawn when the overlay draws it: idle time after the load event and the next paint.
    expect(source).toContain("requestIdleCallback")
    expect(source).toContain("requestAnimationFrame")
    expect(source).not.toMatch(/chrome\.runtime|browser\.runtime|getComputedStyle|querySelectorAll/)
  })

  it("panel opened at load: our open panel, its placeholder and a framed page of its own, and no page read or message", async () => {
    const dir = await writePanelOpenExtension(OURS)
    const { manifest, source } = read(dir)
    expect(manifest.web_accessible_resources).toEqual([{ resources: ["panel.html"], matches: manifest.content_scripts[0].matches }])
    expect(readFileSync(join(dir, "panel.html"), "utf8")).toContain("<title>Panel</title>")
    expect(source).toContain("evph-placeholder")
    expect(source).toContain("panel.html")
    // Drawn after the first paint, as ours opens the panel for an error at load; nothing is drawn in idle time.
    expect(source).toContain("requestAnimationFrame")
    expect(source).not.toContain("requestIdleCallback")
    expect(source).not.toMatch(/sendMessage|querySelectorAll|getComputedStyle/)
  })

  it("refuses a manifest without content-script matches", () => {
    expect(() => writeFloorExtension({ content_scripts: [] })).toThrow(/no content script matches/)
  })
})
