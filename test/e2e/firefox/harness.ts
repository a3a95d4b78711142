import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import puppeteer, { type Browser, type ConsoleMessage, type Frame, type HTTPRequest, type Page } from "puppeteer-core"

import { ROOT, fixtureUrl } from "../harness"

/**
 * Real-browser harness for Firefox: Debian's firefox-esr driven over WebDriver BiDi by
 * puppeteer-core (no geckodriver, no browser download), with the built Firefox MV3 extension
 * installed as a temporary add-on. Portal addresses are served from test/fixtures through
 * request interception, so the content scripts see the true host names and nothing leaves
 * the machine.
 */

export const FIREFOX_BUILD = process.env.FIREFOX_EXTENSION_PATH ?? join(ROOT, "build/firefox-mv3-prod")

/** A fixed moz-extension:// address (the pref below maps our add-on id to it). */
export const EXTENSION_UUID = "6b1d7c2e-4f0a-4c39-9a5e-2f8d3e1b7a40"
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr"
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. Install Debian's Firefox ESR with:\n  sudo apt-get install -y firefox-esr\n` +
        `or point FIREFOX_PATH at a Firefox binary (128 or newer).`
    )
  }
  return path
}

export interface FirefoxSession {
  browser: Browser
  /** The add-on's id as Firefox installed it (the manifest's gecko id). */
  extensionId: string
  /**
   * Errors from our extension's pages and frames so far: uncaught errors Firefox printed for
   * moz-extension:// documents, console.error calls no web page made, permissions-policy complaints.
   */
  extensionErrors(): string[]
  /** Serves these fixture files at their real URLs in every page opened from now on. */
  serve(files: Record<string, string>): void
  /** A new tab with the fixtures served. */
  newPage(): Promise<Page>
  /** Opens a fixture at the URL its meta tag names (serving it), in a new tab or the given one. */
  openFixture(file: string, page?: Page): Promise<Page>
  close(): Promise<void>
}

export interface FirefoxLaunchOptions {
  /** The browser's languages (navigator.languages), e.g. "zh-CN" or "en-US". */
  locale?: string
  /** More preferences for the profile (scripts/bench/firefox-background.ts shortens the background's idle timeout). */
  prefs?: Record<string, string | number | boolean>
  /** Another build to install (a copy with one change, to compare); default FIREFOX_BUILD. */
  extensionPath?: string
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const extensionPath = options.extensionPath ?? FIREFOX_BUILD
  if (!existsSync(join(extensionPath, "manifest.json"))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`)
  }
  const manifest = JSON.parse(readFileSync(join(extensionPath, "manifest.json"), "utf8"))
  const geckoId: string = manifest.browser_specific_settings.gecko.id
  const locale = options.locale ?? "en-US"
  const profile = mkdtempSync(join(tmpdir(), "evph-firefox-"))
  /** Uncaught errors Firefox printed for moz-extension:// documents. */
  const uncaught: string[] = []
  /** Every console.error Firefox printed (the line carries no address) … */
  const loggedErrors: string[] = []
  /** … and those BiDi reported from the portals' own pages, which are not ours. */
  const pageErrors = new Set<string>()
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 860 },
    dumpio: false,
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      "intl.accept_languages": locale === "zh-CN" ? "zh-CN, zh, en" : "en-US, en",
      "intl.locale.requested": locale,
      // Lets a test read the clipboard back (a person would paste it somewhere); the copy itself is the panel's own.
      "dom.events.testing.asyncClipboard": true,
      // Offline machine: no update checks, no telemetry, no remote settings.
      "app.update.enabled": false,
      "browser.shell.checkDefaultBrowser": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "extensions.getAddons.cache.enabled": false,
      // Every page's console on Firefox's stdout, extension pages and frames included (read below).
      "devtools.console.stdout.content": true,
      ...options.prefs
    }
  })
  // Firefox prints uncaught errors ("JavaScript error: moz-extension://…") and, with the pref
  // above, console messages of every page; BiDi alone does not report an extension frame's console.
  const output: string[] = []
  let pending = ""
  const readLines = (chunk: Buffer | string) => {
    const lines = (pending + chunk.toString()).split("\n")
    pending = lines.pop() ?? ""
    for (const line of lines) {
      output.push(line)
      if (isExtensionError(line)) uncaught.push(line.trim())
      const logged = /^console\.error: (.*)$/.exec(line.trim())
      // Firefox's own modules log through named console instances ("RSLoader: …", offline
      // here); a page's console.error prints its arguments as values ("\"text\"", ({…})).
      if (logged && !/^[A-Za-z][\w.-]*:/.test(logged[1])) loggedErrors.push(logged[1])
    }
  }
  browser.process()?.stderr?.on("data", readLines)
  browser.process()?.stdout?.on("data", readLines)
  // Firefox's own console for extension pages: BiDi reports a page's console, but extension
  // frames inside it and the extension's own tabs are caught here too, from the log.
  const extensionId = await browser.installExtension(extensionPath)
  let served = new Map<string, string>()
  const pages = new Set<Page>()

  const watchConsole = (page: Page) => {
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() !== "error") return
      const where = message.location()?.url ?? ""
      // Firefox prints a console.error's argument as JSON ("console.error: \"text\"").
      if (/^https?:/.test(where) || where === "") pageErrors.add(JSON.stringify(message.text()))
    })
  }

  const intercept = async (page: Page) => {
    watchConsole(page)
    await page.setRequestInterception(true)
    page.on("request", (request) => void answer(request))
  }

  const answer = async (request: HTTPRequest) => {
    const url = stripHash(request.url())
    if (!/^https?:/.test(url)) return request.continue() // moz-extension:, data:, blob: — the extension's own frames
    const file = served.get(url) ?? served.get(url.split("?")[0])
    if (file) {
      return request.respond({ status: 200, contentType: "text/html; charset=utf-8", headers: { date: new Date().toUTCString() }, body: readFileSync(file) })
    }
    const host = new URL(url).host
    if ([...served.keys()].some((known) => new URL(known).host === host)) return request.respond({ status: 404, contentType: "text/plain", body: "not found" })
    return request.abort("internetdisconnected") // never a live site
  }

  browser.on("targetcreated", (target) => {
    void target.page().then(async (page) => {
      if (page && !pages.has(page)) {
        pages.add(page)
        await intercept(page).catch(() => undefined)
      }
    })
  })

  const session: FirefoxSession = {
    browser,
    extensionId,
    extensionErrors() {
      // A console.error line Firefox printed that no web page reported is an extension page's.
      const fromOurPages = loggedErrors.filter((text) => !pageErrors.has(text))
      return [...uncaught, ...fromOurPages.map((text) => `console.error: ${text}`)]
    },
    serve(files) {
      served = new Map(Object.entries(files).map(([url, file]) => [stripHash(url), file]))
    },
    async newPage() {
      const page = await browser.newPage()
      if (!pages.has(page)) {
        pages.add(page)
        await intercept(page)
      }
      return page
    },
    async openFixture(file, page) {
      const url = fixtureUrl(file)
      session.serve({ [url]: file })
      const tab = page ?? (await session.newPage())
      await tab.goto(url)
      return tab
    },
    async close() {
      await browser.close().catch(() => undefined)
      rmSync(profile, { recursive: true, force: true })
    }
  }
  return session
}

/** A line of Firefox's output that is an error from one of our extension's pages (or a permissions-policy complaint). */
export function isExtensionError(line: string): boolean {
  if (/permissions? policy/i.test(line)) return true
  if (!line.includes("moz-extension://")) return false
  return /JavaScript error|console\.error|^\s*error/i.test(line)
}

function stripHash(url: string): string {
  const i = url.indexOf("#")
  return i === -1 ? url : url.slice(0, i)
}

/** Puppeteer's page.url() stays "about:blank" for a tab the extension opened here; ask the page itself. */
export async function findExtensionPage(session: FirefoxSession, path: string, timeout = 10_000): Promise<Page> {
  const deadline = Date.now() + timeout
  for (;;) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => "")
      if (href.startsWith(`${EXTENSION_ORIGIN}/${path}`)) return page
    }
    if (Date.now() > deadline) throw new Error(`no tab at ${EXTENSION_ORIGIN}/${path}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Opens the volunteer desk (options page) the way the popup's button does: a message to the
 * background, which calls runtime.openOptionsPage. BiDi may not navigate a tab to a
 * moz-extension: address itself, and the popup cannot be opened from here, so the message is
 * sent from one of our extension pages (`from`).
 */
export async function openDesk(session: FirefoxSession, from: Frame | Page): Promise<Page> {
  await from.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: "open-desk" }))
  return findExtensionPage(session, "options.html")
}
