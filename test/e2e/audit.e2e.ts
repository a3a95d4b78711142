import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"

import type { Request } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { CHROME_BUILD, FIXTURES, PANEL_HOST, fixtureUrl, launchWithExtension, readClipboard, serveFixtures, type Session } from "./harness"
import { panel as panelOf } from "./panel-driver"

/**
 * Audits of issue 7: what the extension may touch (manifest snapshot), that it runs no
 * strings as code, makes no network requests of its own, listens only to its own
 * contexts, and that the options page survives a blocked database upgrade.
 */

// EXTENSION_PATH: audit a copy of the build while someone else rebuilds build/.
const BUILD = process.env.EXTENSION_PATH || CHROME_BUILD
const SNAPSHOT = join(import.meta.dirname, "manifest-snapshot.json")

// ---- manifest ----------------------------------------------------------------------------

interface ContentScriptEntry {
  js?: string[]
  matches?: string[]
  run_at?: string
  world?: string
  all_frames?: boolean
  match_about_blank?: boolean
}

/** The parts of the manifest that decide what the extension can reach, hashes removed. */
function permissionSurface(manifest: any) {
  const sorted = (list: unknown) => [...((list as string[] | undefined) ?? [])].sort()
  return {
    manifest_version: manifest.manifest_version,
    permissions: sorted(manifest.permissions),
    optional_permissions: sorted(manifest.optional_permissions),
    host_permissions: sorted(manifest.host_permissions),
    optional_host_permissions: sorted(manifest.optional_host_permissions),
    content_scripts: ((manifest.content_scripts ?? []) as ContentScriptEntry[])
      .map((s) => ({
        js: (s.js ?? []).map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ".js")),
        matches: sorted(s.matches),
        run_at: s.run_at ?? "document_idle",
        world: s.world ?? "ISOLATED",
        all_frames: s.all_frames ?? false,
        match_about_blank: s.match_about_blank ?? false
      }))
      .sort((a, b) => a.js.join().localeCompare(b.js.join())),
    content_security_policy: manifest.content_security_policy ?? "MV3 default",
    web_accessible_resources: manifest.web_accessible_resources ?? [],
    externally_connectable: manifest.externally_connectable ?? null
  }
}

function allPatterns(manifest: any): string[] {
  return [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...((manifest.content_scripts ?? []) as ContentScriptEntry[]).flatMap((s) => s.matches ?? []),
    ...((manifest.web_accessible_resources ?? []) as { matches?: string[] }[]).flatMap((r) => r.matches ?? [])
  ]
}

/** MV3's default is `script-src 'self' 'wasm-unsafe-eval'; object-src 'self'`; anything we set must be at least as strict. */
function cspProblems(csp: unknown): string[] {
  if (csp === undefined) return []
  const policy = (csp as { extension_pages?: string }).extension_pages
  if (policy === undefined) return []
  const problems: string[] = []
  if (!/script-src\s+'self'/.test(policy)) problems.push(`extension_pages has no script-src 'self': ${policy}`)
  for (const loose of ["'unsafe-eval'", "'unsafe-inline'", "http:", "https:", " *", "data:", "blob:"]) {
    if (policy.includes(loose)) problems.push(`extension_pages allows ${loose.trim()}: ${policy}`)
  }
  return problems
}

describe("manifest", () => {
  const manifest = JSON.parse(readFileSync(join(BUILD, "manifest.json"), "utf8"))

  it("permissions, hosts, content scripts (matches, world, all_frames) and CSP equal the snapshot", () => {
    const surface = permissionSurface(manifest)
    if (process.env.UPDATE_SNAPSHOT === "1") writeFileSync(SNAPSHOT, `${JSON.stringify(surface, null, 2)}\n`)
    expect(existsSync(SNAPSHOT), "no snapshot yet: run with UPDATE_SNAPSHOT=1 after reviewing the manifest").toBe(true)
    // A deliberate change: review the diff, then UPDATE_SNAPSHOT=1 npx vitest run --config vitest.e2e.config.mts test/e2e/audit.e2e.ts
    expect(surface).toEqual(JSON.parse(readFileSync(SNAPSHOT, "utf8")))
  })

  it("asks for no <all_urls>, no wildcard scheme and no http:// host", () => {
    const patterns = allPatterns(manifest)
    expect(patterns.length).toBeGreaterThan(0)
    expect(patterns.filter((p) => p === "<all_urls>" || p.startsWith("*://") || p.startsWith("http://") || p.startsWith("https://*/"))).toEqual([])
    expect(patterns.filter((p) => !p.startsWith("https://"))).toEqual([])
  })

  it("extension pages keep MV3's default CSP or a stricter one", () => {
    expect(cspProblems(manifest.content_security_policy)).toEqual([])
  })
})

// ---- code as strings ---------------------------------------------------------------------

/**
 * Places where a built bundle can turn a string into code. Each allowed hit names the
 * library and why it is harmless; anything else fails.
 */
const CODE_FROM_STRING = /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(|(?<![\w$.])eval\s*\(|=\s*Function\s*[,;)]|set(?:Timeout|Interval)\s*\(\s*["'`]/g
const ALLOWED_CODE_FROM_STRING: { context: RegExp; why: string }[] = [
  {
    // zod 4 (options, popup, background — never the content scripts): probes whether eval is
    // allowed (`try { new Function("") } catch`) and, only if it is, compiles object parsers.
    // MV3's CSP forbids eval, so the probe fails and zod uses its interpreter.
    // Setting z.config({ jitless: true }) where zod is first imported would skip even the probe.
    context: /let \w+=Function;return new \w+\(""\),!0\}catch/,
    why: "zod's allowsEval probe"
  },
  { context: /compile\(\)\{let \w+=Function,\w+=this\?\.content/, why: "zod's JIT compiler, unreachable when the probe fails" }
]

function builtScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? builtScripts(path) : path.endsWith(".js") ? [path] : []
  })
}

describe("no code from strings", () => {
  it("no eval, new Function or string timers in the built JavaScript, except the allow-listed zod probe", () => {
    const unexplained: string[] = []
    const files = builtScripts(BUILD)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const code = readFileSync(file, "utf8")
      for (const match of code.matchAll(CODE_FROM_STRING)) {
        const around = code.slice(Math.max(0, match.index - 60), match.index + 60)
        if (!ALLOWED_CODE_FROM_STRING.some((a) => a.context.test(around))) unexplained.push(`${relative(BUILD, file)}: …${around}…`)
      }
    }
    expect(unexplained).toEqual([])
  })

  it("content scripts contain none at all, not even allow-listed ones", () => {
    const manifest = JSON.parse(readFileSync(join(BUILD, "manifest.json"), "utf8"))
    const scripts = ((manifest.content_scripts ?? []) as ContentScriptEntry[]).flatMap((s) => s.js ?? [])
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(readFileSync(join(BUILD, script), "utf8").match(CODE_FROM_STRING) ?? []).toEqual([])
  })
})

// ---- in the browser ------------------------------------------------------------------------

const PORTAL_PAGE = join(FIXTURES, "sites/india-evisa/confirmation-declined.html")
const OTHER_SITE = "https://example.org/"

let session: Session

/** Where a request came from: the service worker's or the frame's URL ("" if unknown). */
function requester(request: Request): string {
  const worker = request.serviceWorker()
  if (worker) return worker.url()
  try {
    return request.frame().url()
  } catch {
    return ""
  }
}

describe("in the browser", () => {
  const extensionRequests: string[] = []
  const portalTabRequests: string[] = []

  beforeAll(async () => {
    session = await launchWithExtension({ extensionPath: BUILD })
    session.context.on("request", (request) => {
      const url = request.url()
      const from = requester(request)
      if (from.startsWith("chrome-extension://") && !/^(chrome-extension|blob:chrome-extension|data):/.test(url)) extensionRequests.push(`${from} → ${url}`)
    })
    // Every message the background receives from now on, and from whom.
    await session.serviceWorker.evaluate(() => {
      const log: { type: unknown; url?: string; external: boolean }[] = []
      ;(globalThis as unknown as { __evphMessages: typeof log }).__evphMessages = log
      chrome.runtime.onMessage.addListener((message: any, sender) => {
        log.push({ type: message?.type, url: sender.url, external: false })
        return undefined
      })
      chrome.runtime.onMessageExternal?.addListener((message: any, sender) => {
        log.push({ type: message?.type, url: sender.url, external: true })
        return undefined
      })
    })
  })

  afterAll(async () => {
    await session?.close()
  })

  const receivedMessages = () =>
    session.serviceWorker.evaluate(() => [...(globalThis as unknown as { __evphMessages: { type: unknown; url?: string; external: boolean }[] }).__evphMessages])

  it("the request monitor sees requests from the service worker and from extension pages (self-check)", async () => {
    await serveFixtures(session.context, { [fixtureUrl(PORTAL_PAGE)]: PORTAL_PAGE })
    await session.serviceWorker.evaluate(() => fetch("https://monitor-check.invalid/worker").catch(() => null))
    const page = await session.openExtensionPage("popup.html")
    await page.evaluate(() => fetch("https://monitor-check.invalid/page").catch(() => null))
    await page.close()
    await expect.poll(() => extensionRequests.filter((r) => r.includes("monitor-check.invalid")).length).toBe(2)
    extensionRequests.length = 0
  })

  it("a realistic session makes no network request from any extension context", async () => {
    await serveFixtures(session.context, { [fixtureUrl(PORTAL_PAGE)]: PORTAL_PAGE })
    const portal = await session.context.newPage()
    portal.on("request", (request) => portalTabRequests.push(request.url()))
    await portal.goto(fixtureUrl(PORTAL_PAGE))
    const panel = panelOf(portal)
    await panel.locator(".evph-quote").first().waitFor({ timeout: 15_000 })

    // Copy the report through the panel's preview.
    await panel.getByRole("button", { name: "Copy report" }).click()
    await panel.getByRole("button", { name: "Copy", exact: true }).click()
    await expect.poll(() => readClipboard(portal), { timeout: 10_000 }).toContain("EVPR1.")
    const copied = await readClipboard(portal)

    const popup = await session.openExtensionPage("popup.html")
    await popup.waitForTimeout(1000)
    const options = await session.openExtensionPage("options.html")
    await options.locator("#desk-paste").fill(copied)
    await options.getByRole("button", { name: "Open report" }).click()
    await expect.poll(async () => (await options.locator(".decode-error").textContent())?.trim() ?? "").toBe("")
    await options.waitForTimeout(1000)

    expect(extensionRequests).toEqual([])
    // The portal tab only ever asked for its own page: no request from a content script.
    const portalHost = new URL(fixtureUrl(PORTAL_PAGE)).host
    expect(portalTabRequests.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).host !== portalHost)).toEqual([])
    await Promise.all([popup.close(), options.close(), portal.close()])
  })

  it("forged messages from a page's main world never reach the background", async () => {
    await serveFixtures(session.context, { [fixtureUrl(PORTAL_PAGE)]: PORTAL_PAGE })
    const portal = await session.context.newPage()
    await portal.goto(fixtureUrl(PORTAL_PAGE))
    await portal.locator(PANEL_HOST).waitFor({ state: "attached", timeout: 15_000 })
    const before = (await receivedMessages()).length
    const reachable = await portal.evaluate((extensionId) => {
      const forged = [
        { type: "clear-site-data", origins: [location.origin] },
        { type: "update-settings", patch: { volunteerMode: true, disabledSites: [] } },
        { type: "record-attempt", attempt: { time: new Date().toISOString(), siteId: "india-evisa", outcome: "failed" } }
      ]
      for (const message of forged) {
        window.postMessage(message, "*")
        window.dispatchEvent(new CustomEvent("evph:bridge", { detail: message }))
        window.dispatchEvent(new CustomEvent("evph:bridge", { detail: JSON.stringify(message) }))
      }
      // The main world has no extension messaging unless the manifest grants it (externally_connectable).
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
      if (typeof runtime?.sendMessage === "function") {
        try {
          ;(runtime.sendMessage as (id: string, m: unknown) => void)(extensionId, forged[0])
          return true
        } catch {
          return false
        }
      }
      return false
    }, session.extensionId)
    expect(reachable).toBe(false)
    await portal.waitForTimeout(1500)
    const after = (await receivedMessages()).slice(before)
    // Self-check: the recorder does hear this tab (the content script asked for its context on load).
    expect((await receivedMessages()).some((m) => m.url?.startsWith(fixtureUrl(PORTAL_PAGE)))).toBe(true)
    expect(after.filter((m) => m.external || ["clear-site-data", "update-settings", "record-attempt"].includes(String(m.type)))).toEqual([])
    await portal.close()
  })

  it("clear-site-data for an origin that is not the sender's tab is refused and clears nothing", async () => {
    const otherPage = join(FIXTURES, "bench/error-latency.html")
    await serveFixtures(session.context, { [OTHER_SITE]: otherPage })
    const other = await session.context.newPage()
    await other.goto(OTHER_SITE)
    await other.evaluate(() => {
      localStorage.setItem("evph-audit", "kept")
      document.cookie = "evph_audit=kept; Secure; Max-Age=600"
    })

    const options = await session.openExtensionPage("options.html")
    const answers = await options.evaluate(async (origin) => {
      const ask = (message: unknown) => chrome.runtime.sendMessage(message).catch((error: Error) => ({ error: error.message }))
      return [
        await ask({ type: "clear-site-data", origins: [origin] }),
        await ask({ type: "clear-site-data", origins: origin }),
        await ask({ type: "clear-site-data" })
      ]
    }, OTHER_SITE.replace(/\/$/, ""))
    for (const answer of answers) expect((answer as { ok?: boolean } | null)?.ok ?? false).toBe(false)

    await other.reload()
    expect(await other.evaluate(() => [localStorage.getItem("evph-audit"), document.cookie.includes("evph_audit=kept")])).toEqual(["kept", true])
    await Promise.all([other.close(), options.close()])
  })

  it("the options page shows a clear message when an older tab blocks the database upgrade, and works once it closes", async () => {
    // The "older tab": an extension page holding the database open at schema v1 (IndexedDB
    // version 10, as Dexie numbers it) and ignoring requests to close.
    const older = await session.openExtensionPage("popup.html")
    // The background may re-create the database between our delete and open (it opens it on
    // demand), so try a few times.
    let opened = ""
    for (let attempt = 0; attempt < 5 && opened !== "held"; attempt++) {
      opened = await older.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const name = "evisa-pay-helper"
            const deletion = indexedDB.deleteDatabase(name)
            // "blocked" only means other connections were asked to close (the background's
            // Dexie does); the deletion goes on when they have.
            setTimeout(() => resolve("delete still blocked after 10 s"), 10_000)
            deletion.onerror = () => resolve("delete failed")
            deletion.onsuccess = () => {
              const request = indexedDB.open(name, 10)
              request.onerror = () => resolve("open failed")
              request.onsuccess = () => {
                ;(globalThis as unknown as { heldOpen: IDBDatabase }).heldOpen = request.result
                request.result.onversionchange = null // an old page that never lets go
                resolve("held")
              }
            }
          })
      )
    }
    expect(opened).toBe("held")

    const options = await session.openExtensionPage("options.html")
    const message = options.getByRole("alert").filter({ hasText: "another open extension page still uses the old version" })
    await expect.poll(() => message.count(), { timeout: 15_000 }).toBe(1)

    await older.close()
    await options.reload()
    await options.locator("#desk-paste").waitFor({ timeout: 15_000 })
    expect(await options.getByRole("alert").filter({ hasText: "old version" }).count()).toBe(0)
    await options.close()
  })
})
