import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core"

/** Real-browser harness: Debian's Chromium with the built extension loaded, headless. */

export const ROOT = resolve(import.meta.dirname, "../..")
/** The build under test; EXTENSION_PATH lets a developer test a copy while rebuilding. */
export const CHROME_BUILD = process.env.EXTENSION_PATH ?? join(ROOT, "build/chrome-mv3-prod")
export const FIXTURES = join(ROOT, "test/fixtures")

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's Chromium with:\n  sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at a Chromium/Chrome binary.`
    )
  }
  return path
}

export interface LaunchOptions {
  /** Browser UI language, e.g. "zh-CN" or "en-US". */
  locale?: string
  /** More unpacked extensions to load beside ours (e.g. a test ad blocker). */
  extraExtensions?: string[]
  headless?: boolean
  /** Our build to load; defaults to the Chrome MV3 production build. */
  extensionPath?: string
  viewport?: { width: number; height: number }
  /** A User-Agent for every page of the context (e.g. Safari or an old mobile browser). */
  userAgent?: string
}

export interface Session {
  context: BrowserContext
  extensionId: string
  serviceWorker: Worker
  /** Opens an extension page (popup.html, options.html …) in a tab. */
  openExtensionPage(path: string): Promise<Page>
  close(): Promise<void>
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Session> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD
  if (!existsSync(join(extensionPath, "manifest.json"))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`)
  }
  const extensions = [extensionPath, ...(options.extraExtensions ?? [])].join(",")
  const userDataDir = mkdtempSync(join(tmpdir(), "evph-chromium-"))
  const locale = options.locale ?? "en-US"
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    permissions: ["clipboard-read", "clipboard-write"],
    args: [
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      `--lang=${locale}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--no-default-browser-check",
      // Browser-wide too: the background reads the User-Agent from its service worker.
      ...(options.userAgent ? [`--user-agent=${options.userAgent}`] : [])
    ]
  })
  // Fail fast with Playwright's own message instead of hanging until the test's timeout.
  context.setDefaultTimeout(10_000)
  const serviceWorker = await findOurServiceWorker(context, extensionPath)
  const extensionId = new URL(serviceWorker.url()).host
  return {
    context,
    extensionId,
    serviceWorker,
    async openExtensionPage(path: string) {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${extensionId}/${path}`)
      return page
    },
    async close() {
      await context.close().catch(() => {})
      rmSync(userDataDir, { recursive: true, force: true })
    }
  }
}

async function findOurServiceWorker(context: BrowserContext, extensionPath: string): Promise<Worker> {
  const manifest = JSON.parse(readFileSync(join(extensionPath, "manifest.json"), "utf8"))
  const workerFile: string = manifest.background?.service_worker ?? ""
  const isOurs = (w: Worker) => w.url().startsWith("chrome-extension://") && w.url().endsWith(workerFile)
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const found = context.serviceWorkers().find(isOurs)
    if (found) return found
    await context.waitForEvent("serviceworker", { timeout: 1_000 }).catch(() => undefined)
  }
  throw new Error("The extension's service worker did not start within 15 s (is the build broken?)")
}

/** Reads `<meta name="fixture-url" content="…">` from a fixture file. */
export function fixtureUrl(file: string): string {
  const html = readFileSync(file, "utf8")
  const match = /<meta\s+name=["']fixture-url["']\s+content=["']([^"']+)["']/i.exec(html)
  if (!match) throw new Error(`${file} has no <meta name="fixture-url">`)
  return match[1]
}

export function listFixtures(dir = join(FIXTURES, "sites")): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listFixtures(path))
    else if (entry.endsWith(".html")) out.push(path)
  }
  return out.sort()
}

/**
 * Serves fixture files at their real URLs: the page and content scripts see the true host
 * names while nothing leaves the machine. Any other request on those hosts gets a small 404;
 * requests to hosts not routed here are aborted, so a test can never reach a live site.
 */
export async function serveFixtures(context: BrowserContext, files: Record<string, string>): Promise<void> {
  const byUrl = new Map(Object.entries(files).map(([url, file]) => [stripHash(url), file]))
  // One set of pages at a time: a later call replaces what an earlier one served.
  await context.unrouteAll({ behavior: "ignoreErrors" })
  await context.route(
    (url) => url.protocol === "http:" || url.protocol === "https:",
    async (route) => {
      const url = stripHash(route.request().url())
      const file = byUrl.get(url) ?? byUrl.get(url.split("?")[0])
      if (file) {
        await route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          headers: { date: new Date().toUTCString() },
          body: readFileSync(file)
        })
      } else if ([...byUrl.keys()].some((known) => new URL(known).host === new URL(url).host)) {
        await route.fulfill({ status: 404, contentType: "text/plain", body: "not found" })
      } else {
        await route.abort("internetdisconnected")
      }
    }
  )
}

function stripHash(url: string): string {
  const i = url.indexOf("#")
  return i === -1 ? url : url.slice(0, i)
}

/** Serves one fixture at the URL its meta tag names and opens it. */
export async function openFixture(session: Session, file: string, page?: Page): Promise<Page> {
  const url = fixtureUrl(file)
  await serveFixtures(session.context, { [url]: file })
  const tab = page ?? (await session.context.newPage())
  await tab.goto(url)
  return tab
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}

/**
 * Collects uncaught page errors and console errors from a tab and every frame in it (the
 * panel's extension frame included), each with the address of the script that logged it.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message} @ ${error.stack ?? ""}`))
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} @ ${message.location().url}`)
  })
  return errors
}

/** What an extension page of ours logged among collected errors: anything from chrome-extension://, and any permissions-policy violation. */
export function extensionErrors(errors: string[]): string[] {
  return errors.filter((e) => e.includes("chrome-extension://") || /permissions policy/i.test(e))
}

/** The overlay's shadow host; Playwright locators pierce open shadow roots. */
export const PANEL_HOST = "#evisa-pay-helper-root"
