import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { chromium, type BrowserContext } from "playwright-core"

import { chromiumPath } from "~test/e2e/harness"

/**
 * none: no extension; floor: an empty content script; tab: our collapsed tab alone
 * (tab-extension.ts); ours: the built extension.
 */
export type Variant = "none" | "floor" | "tab" | "ours"
export const VARIANTS: readonly Variant[] = ["none", "floor", "tab", "ours"]

export interface BenchBrowser {
  variant: Variant
  context: BrowserContext
  close(): Promise<void>
}

/**
 * A headless Chromium with one extension or none. The same flags as the e2e harness, so
 * figures are comparable; unlike the harness it does not wait for a service worker (the
 * reference extensions and "none" have none).
 */
export async function launchVariant(variant: Variant, extensionPath: string | null): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), `evph-bench-${variant}-`))
  const extensionArgs = extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: "en-US",
    viewport: { width: 1280, height: 860 },
    args: [
      ...extensionArgs,
      "--lang=en-US",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--no-default-browser-check"
    ]
  })
  return {
    variant,
    context,
    async close() {
      await context.close().catch(() => {})
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}
