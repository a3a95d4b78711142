import type { CDPSession, Frame, Page } from "playwright-core"

import { DB_NAME } from "~src/store/db"
import { PANEL_HOST } from "~test/e2e/harness"
import { PANEL_FRAME } from "~test/e2e/panel-driver"

import { benchToken } from "./error-latency"
import type { BenchBrowser } from "./launch"
import { extensionOriginOf } from "./trace"

/** The extension's IndexedDB store (src/store/db.ts DB_NAME). */
const STORE_NAME = DB_NAME

/** Time the panel may take before a trial counts as "never". */
const TRIAL_TIMEOUT_MS = 10_000

/**
 * Stops our extension's service worker through the DevTools protocol, as Chromium does to an
 * idle one after about 30 s. `ServiceWorker.stopAllWorkers` acts on the storage partition of
 * the session's target, so the session is opened on a page of the extension's own origin
 * (its manifest.json: no script of ours runs there). Stopping is confirmed by the worker's
 * running status, not assumed.
 */
export class WorkerControl {
  private status = "unknown"
  private waiters: (() => void)[] = []

  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession
  ) {
    session.on("ServiceWorker.workerVersionUpdated", (event) => {
      for (const version of event.versions) {
        if (!version.scriptURL.startsWith("chrome-extension://")) continue
        this.status = version.runningStatus
        for (const wake of this.waiters.splice(0)) wake()
      }
    })
  }

  static async open(browser: BenchBrowser): Promise<WorkerControl> {
    const page = await browser.context.newPage()
    await page.goto(`${await extensionOriginOf(browser.context)}manifest.json`)
    const session = await browser.context.newCDPSession(page)
    const control = new WorkerControl(page, session)
    await session.send("ServiceWorker.enable")
    return control
  }

  get running(): boolean {
    return this.status === "running"
  }

  /** Stops the worker and resolves once Chromium reports it stopped. */
  async stop(): Promise<void> {
    await this.session.send("ServiceWorker.stopAllWorkers")
    const deadline = Date.now() + 5000
    while (this.status !== "stopped" && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve)
        setTimeout(resolve, 200)
      })
    }
    if (this.status !== "stopped") throw new Error(`the service worker did not stop (status: ${this.status})`)
  }

  /**
   * Empties the store's attempt log. Every trial ends a payment attempt with "failed", and a
   * third failure within ten minutes makes "too many attempts" the top cause, whose card does
   * not quote the page: each trial should meet the panel as an applicant's first failure does.
   */
  async forgetAttempts(): Promise<void> {
    await this.page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open(${JSON.stringify(STORE_NAME)});
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("attempts")) { db.close(); return resolve(false); }
        const tx = db.transaction("attempts", "readwrite");
        tx.objectStore("attempts").clear();
        tx.oncomplete = () => { db.close(); resolve(true); };
        tx.onerror = () => { db.close(); reject(tx.error); };
      };
    })`)
  }

  async close(): Promise<void> {
    await this.session.detach().catch(() => {})
    await this.page.close().catch(() => {})
  }
}

export interface SleepingWorkerTrial {
  /** Error entering the page → its text in the panel, ms (the content script sends the page's state at once). */
  errorShownMs: number
  /** Error entering the page → the panel shows a diagnosis for it (the woken worker answered), ms. */
  diagnosedMs: number
}

/**
 * In the panel's frame: resolves with epoch times at which `token` is in the panel (the
 * page's errors) and in one of its cause cards (a cause card quotes the page's words as its
 * evidence, "the page said …": the diagnosis of this very error arrived, whatever the panel
 * showed before it). It also checks once as it is armed: a watcher armed only after the frame
 * appeared (firefox-background.ts, no input) may find the text there already, and its figure is
 * then an upper bound. A string, not a function: see error-latency.ts.
 */
export const watchDiagnosis = (token: string) => `new Promise((resolve) => {
  const root = document.getElementById("evph-sidepanel")?.shadowRoot;
  const stamp = () => performance.timeOrigin + performance.now();
  if (!root) return resolve(null);
  const token = ${JSON.stringify(token)};
  const diagnosed = () => [...root.querySelectorAll(".evph-card")].some((card) => (card.textContent || "").includes(token));
  let shown = null;
  const check = () => {
    if (shown === null && (root.textContent || "").includes(token)) shown = stamp();
    if (shown !== null && diagnosed()) { observer.disconnect(); clearTimeout(timer); resolve({ shown, diagnosed: stamp() }); }
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  const timer = setTimeout(() => { observer.disconnect(); resolve({ shown, diagnosed: null }); }, ${TRIAL_TIMEOUT_MS});
  window.__evphBenchArmed = true;
  check();
})`

const insertError = (token: string) => `performance.timeOrigin + window.evphBenchShowError(${JSON.stringify(token)})`

const tokenFor = (index: number) => benchToken(index, 11)

/**
 * Error → panel with the service worker asleep, `trials` times, each on a fresh page with an
 * empty attempt log (forgetAttempts): the panel is collapsed, the applicant clicks into the
 * card form (so the panel's frame loads ahead, hidden, as it does for them), the worker is
 * stopped, then the page shows its error (which opens the panel; the content script's
 * analyse request wakes the worker).
 * `cpuThrottlingRate` > 1 slows the page's renderer and the panel's frame (not the worker,
 * which restarts as a new target the protocol session does not reach).
 */
export async function measureErrorToPanelAsleep(browser: BenchBrowser, control: WorkerControl, url: string, trials: number, cpuThrottlingRate = 1): Promise<SleepingWorkerTrial[]> {
  const out: SleepingWorkerTrial[] = []
  const never: SleepingWorkerTrial = { errorShownMs: Number.POSITIVE_INFINITY, diagnosedMs: Number.POSITIVE_INFINITY }
  while (out.length < trials) {
    await control.forgetAttempts()
    const page = await browser.context.newPage()
    const sessions: CDPSession[] = []
    try {
      if (cpuThrottlingRate > 1) {
        const session = await browser.context.newCDPSession(page)
        await session.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottlingRate })
        sessions.push(session)
      }
      await page.goto(url, { waitUntil: "load" })
      await page.locator(PANEL_HOST).waitFor({ state: "attached", timeout: TRIAL_TIMEOUT_MS })
      if (await page.locator(`${PANEL_HOST} iframe.evph-frame:not([hidden])`).count()) {
        throw new Error("the panel is open at the start of a sleeping-worker visit; it should be collapsed")
      }
      await page.locator("input").first().click()
      const frame = await preloadedFrame(page)
      if (!frame) {
        out.push(never)
        continue
      }
      if (cpuThrottlingRate > 1) {
        const frameSession = await browser.context.newCDPSession(frame).catch(() => null)
        await frameSession?.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottlingRate })
        if (frameSession) sessions.push(frameSession)
      }
      await page.waitForTimeout(300)
      await control.stop()
      const token = tokenFor(out.length)
      const watching = frame.evaluate(watchDiagnosis(token)) as Promise<{ shown: number | null; diagnosed: number | null } | null>
      await frame.waitForFunction("window.__evphBenchArmed === true", undefined, { timeout: TRIAL_TIMEOUT_MS })
      const insertedAt = (await page.evaluate(insertError(token))) as number
      const result = await watching
      out.push({
        errorShownMs: result?.shown != null ? result.shown - insertedAt : Number.POSITIVE_INFINITY,
        diagnosedMs: result?.diagnosed != null ? result.diagnosed - insertedAt : Number.POSITIVE_INFINITY
      })
      // The panel the error opened is not remembered for the next visit (an error opens it on its page only).
    } finally {
      for (const session of sessions) await session.detach().catch(() => {})
      await page.close().catch(() => {})
    }
  }
  return out
}

async function preloadedFrame(page: Page): Promise<Frame | null> {
  const element = await page.waitForSelector(PANEL_FRAME, { state: "attached", timeout: TRIAL_TIMEOUT_MS }).catch(() => null)
  const frame = await element?.contentFrame()
  if (!frame) return null
  const ready = await frame.waitForFunction(`!!document.getElementById("evph-sidepanel")?.shadowRoot`, undefined, { timeout: TRIAL_TIMEOUT_MS }).then(() => true, () => false)
  return ready ? frame : null
}
