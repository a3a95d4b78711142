import browser from "webextension-polyfill"

import { diagnose, evidenceFromPage } from "~src/diagnosis/rules-only"
import { loadRecognizerModel, RECOGNIZER_MODEL_FILE } from "~src/diagnosis/recognizer/index"
import type { Answers } from "~src/diagnosis/types"
import { collectEnvironment } from "~src/environment/collect"
import { readBrowserWideEnvironment } from "~src/environment/split-input"
import type { ActiveTabState, Analysis, Message, TabContext } from "~src/messaging/protocol"
import { parseMessage, type ValidMessage } from "~src/messaging/schema"
import { readingWordsToWire } from "~src/page/reading-words"
import { READING_WORDS } from "~src/page/reading-words-data"
import type { PageState } from "~src/page/types"
import { findProfile, profilesForHost } from "~src/sites/index"
import { profileToWire } from "~src/sites/wire"
import {
  getSettings,
  openStore,
  recentAttempts,
  recordAttempt,
  recordIncident,
  recordTried,
  setSettings,
  type EvphDatabase
} from "~src/store/index"

import { attemptsBeforeThisPage } from "./earlier-attempts"
import { clockSkewFor, networkLog } from "./network-watch"
import { preparePanelFrame } from "./panel-relay"
import { clearSiteData } from "./site-data"

/** The extension's own packaged file (a chrome-extension:// read, no network). */
const readPackagedModel = async (): Promise<string> => {
  const response = await fetch(browser.runtime.getURL(RECOGNIZER_MODEL_FILE))
  if (!response.ok) throw new Error(`${RECOGNIZER_MODEL_FILE}: ${response.status}`)
  return response.text()
}

/** Attempts older than this no longer matter to the retry and double-payment guards. */
const ATTEMPT_MEMORY_MS = 24 * 60 * 60 * 1000
/** Sent with every tab context: content scripts carry the code that reads statements, not the words. */
const WIRE_READING_WORDS = readingWordsToWire(READING_WORDS)

const tabStates = new Map<number, { state: PageState; topCause: string | null; url: string | null }>()
const frameStates = new Map<number, PageState[]>()
let database: Promise<EvphDatabase> | null = null

function db(): Promise<EvphDatabase> {
  database ??= openStore().catch((error) => {
    database = null
    throw error
  })
  return database
}

export function startMessageRouter(): void {
  // Open the store now, not on the first message: the first page's diagnosis should not wait for it.
  void db().catch(() => undefined)
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only our own extension's contexts may talk to us.
    if (sender.id !== browser.runtime.id) return undefined
    const message = parseMessage(raw)
    if (!message) return undefined
    return handle(message, sender).catch((error: unknown) => {
      console.warn("e-Visa Pay Helper: message failed", message.type, error)
      return null
    })
  })
  browser.tabs.onRemoved.addListener((tabId) => {
    tabStates.delete(tabId)
    frameStates.delete(tabId)
  })
}

async function handle(message: ValidMessage, sender: browser.Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id ?? -1
  switch (message.type) {
    case "get-tab-context": {
      const store = await db()
      const siteState = tabStates.get(tabId)
      const hostname = sender.url ? new URL(sender.url).hostname : ""
      const context: TabContext = {
        tabId,
        profiles: profilesForHost(hostname).map(profileToWire),
        readingWords: WIRE_READING_WORDS,
        network: networkLog.list(tabId),
        clockSkewSeconds: clockSkewFor(tabId),
        attempts: await recentAttempts(store, siteState?.state.site?.id ?? siteIdFromUrl(sender.url), Date.now() - ATTEMPT_MEMORY_MS),
        frames: frameStates.get(tabId) ?? [],
        settings: await getSettings(store)
      }
      return context
    }
    case "analyse": {
      // An error in the top frame opens the panel there (unless the applicant turned that off):
      // its frame is about to load, and the relay connects to the page ahead of it.
      if (tabId >= 0 && sender.frameId === 0 && message.state.errors.length > 0) {
        void db()
          .then(getSettings)
          .then((settings) => {
            if (settings.autoOpenOnError || !settings.panel.collapsed) preparePanelFrame(tabId)
          })
          .catch(() => undefined)
      }
      // The store and the browser's facts are independent: a worker that just woke opens the
      // one while it asks for the other (issue 15: error → panel with the worker asleep).
      // The recognizer's model is a packaged file read on the first diagnosis (not a string in
      // this bundle, which a waking worker would compile every time; see recognizer/index.ts).
      const [store, browserFacts] = await Promise.all([db(), browserWideEnvironment(), loadRecognizerModel(readPackagedModel)])
      const siteId = message.state.site?.id ?? null
      const environment = collectEnvironment({
        ...message.environment,
        ...browserFacts,
        clockSkewSeconds: clockSkewFor(tabId),
        extensionVersion: browser.runtime.getManifest().version
      })
      const network = networkLog.list(tabId)
      const attempts = await recentAttempts(store, siteId, Date.now() - ATTEMPT_MEMORY_MS)
      const diagnosis = diagnose(
        evidenceFromPage(message.state as PageState, {
          environment,
          network,
          answers: message.answers as Answers,
          attempts: attemptsBeforeThisPage(attempts, message.state as PageState),
          now: new Date().toISOString()
        })
      )
      const analysis: Analysis = { diagnosis, environment, network, attempts }
      // The top frame's analysis doubles as its page-state report (badge, popup, incidents): one
      // message per change, not two. The panel does not wait for the badge and the incident
      // log: the tab's state is set at once, the writes finish after the answer.
      if (tabId >= 0 && sender.frameId === 0) {
        rememberPageState(tabId, sender.url ?? null, message.state as PageState, diagnosis[0]?.cause ?? null).catch(() => undefined)
      }
      return analysis
    }
    case "page-state": {
      if (tabId < 0 || sender.frameId !== 0) return null
      await rememberPageState(tabId, sender.url ?? null, message.state as PageState, message.topCause)
      return true
    }
    case "frame-state": {
      if (tabId < 0) return null
      const frames = [...(frameStates.get(tabId) ?? []).filter((f) => f.origin !== message.state.origin), message.state as PageState].slice(-5)
      frameStates.set(tabId, frames)
      // Relay to the top frame's panel.
      await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined)
      return true
    }
    case "record-attempt":
      await recordAttempt(await db(), message.attempt)
      return true
    case "record-tried":
      await recordTried(await db(), message.siteId, message.fix, message.outcome)
      return true
    case "update-settings":
      return setSettings(await db(), message.patch)
    case "clear-site-data": {
      // Only origins of the sender's own tab: its page and the frames it reported.
      const allowed = new Set<string>()
      if (sender.url) allowed.add(new URL(sender.url).origin)
      for (const frame of frameStates.get(tabId) ?? []) allowed.add(frame.origin)
      const origins = message.origins.filter((o) => allowed.has(o))
      const result = await clearSiteData(origins)
      return { ok: origins.length > 0, ...result }
    }
    case "get-active-tab-state": {
      const known = tabStates.get(message.tabId) ?? (await askQuietPage(message.tabId))
      const state: ActiveTabState = { state: known?.state ?? null, topCause: known?.topCause ?? null, url: known?.url ?? null }
      return state
    }
    case "open-desk":
      await browser.runtime.openOptionsPage()
      return true
    case "panel-command":
      return null // meant for content scripts
  }
}

/**
 * A page whose content script started quietly (nothing to read at load, issue 15) has told us
 * nothing yet: asked for its view, it reads itself and answers, and its analysis follows.
 */
async function askQuietPage(tabId: number): Promise<{ state: PageState; topCause: null; url: string | null } | null> {
  const answer = (await browser.tabs.sendMessage(tabId, { type: "get-panel-view" } satisfies Message, { frameId: 0 }).catch(() => null)) as { model?: { state?: PageState } } | null
  const state = answer?.model?.state
  if (!state) return null
  const tab = await browser.tabs.get(tabId).catch(() => null)
  return { state, topCause: null, url: tab?.url ?? null }
}

/** What the popup and the badge show for a tab, and the incident log of new errors. */
async function rememberPageState(tabId: number, url: string | null, state: PageState, topCause: string | null): Promise<void> {
  const previous = tabStates.get(tabId)
  tabStates.set(tabId, { state, topCause, url })
  await showBadge(tabId, state.errors.length)
  const newError = state.errors.find((e) => !previous?.state.errors.some((p) => p.text === e.text))
  if (newError) {
    await recordIncident(await db(), {
      time: Date.now(),
      siteId: state.site?.id ?? null,
      step: state.step.id,
      topCause,
      errorText: newError.text
    })
  }
}

let browserWide: { value: Awaited<ReturnType<typeof readBrowserWideEnvironment>>; at: number } | null = null

/** The browser's own facts (same for every tab); its hints are asked for at most once a minute. */
async function browserWideEnvironment() {
  const now = new Date()
  if (!browserWide || now.getTime() - browserWide.at > 60_000) {
    browserWide = { value: await readBrowserWideEnvironment(navigator, now), at: now.getTime() }
  }
  return { ...browserWide.value, now, timezoneOffset: now.getTimezoneOffset() }
}

function siteIdFromUrl(url: string | undefined): string | null {
  return url ? (findProfile(url)?.id ?? null) : null
}

async function showBadge(tabId: number, errors: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  await action.setBadgeText({ tabId, text: errors > 0 ? String(Math.min(errors, 99)) : "" }).catch(() => undefined)
  await action.setBadgeBackgroundColor({ tabId, color: "#c62828" }).catch(() => undefined)
}
