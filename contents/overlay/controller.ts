import type { Answers, Attempt, FixActionId } from "~src/diagnosis/types"
import { readPageOnlyEnvironment } from "~src/environment/split-input"
import { mergeAttempts } from "~src/flow/merge-attempts"
import { pickLocale, type Locale } from "~src/i18n/locale"
import type { Analysis, PageEnvironmentInput } from "~src/messaging/protocol"
import { readingWordsFromWire } from "~src/page/reading-words"
import type { PageState } from "~src/page/types"
import type { SiteProfile } from "~src/sites/profile"
import { profileFromWire } from "~src/sites/wire"
import type { Settings } from "~src/store/settings"
import { afterNextPaint, whenPageIdleAfterLoad } from "~src/ui/overlay/draw-timing"
import type { OverlayViewState } from "~src/ui/overlay/overlay-view"
import type { ActionResult, PanelModel } from "~src/ui/panel/model"

import { BackgroundLink, type ListenToRuntime, type MessageRuntime } from "./background-link"
import { runPanelAction, type PanelActionTarget } from "./panel-actions"
import { PanelFrameServer, type FramePortSource } from "./panel-frame-server"
import { PageSession } from "./page-session"

/** What the controller draws on: the tab and the panel frame (src/ui/overlay/overlay-view.ts). */
export interface OverlaySurface {
  render(state: OverlayViewState): void
  focusTab(): void
  focusFrame(): void
  destroy(): void
}

/** The extension APIs the controller's parts use (extension-api.ts in the content script). */
export interface OverlayRuntime extends MessageRuntime, FramePortSource {
  listen: ListenToRuntime
}

/**
 * The content script's glue. Its parts each do one job: PageSession reads and watches the
 * page, BackgroundLink talks to the background (which holds the knowledge base and
 * diagnoses), PanelFrameServer serves the panel's frame. The controller turns their news
 * into the PanelModel, draws the tab, and runs what the panel asks. Every listener hangs off
 * one AbortSignal.
 */
export class OverlayController implements PanelActionTarget {
  private readonly abort = new AbortController()
  private readonly page: PageSession
  private readonly background: BackgroundLink
  private readonly frames: PanelFrameServer
  private surface: OverlaySurface | null = null
  /**
   * Set (when the page is idle) after the applicant's first input on a payment page, or once the
   * page says the payment is being processed: the panel's frame may load, hidden.
   */
  private mayPreload = false
  private preloadScheduled = false
  /** An error on this page opened the panel (not remembered: see refresh). */
  private openedByError = false
  private focusRequest = 0
  private reportRequest = 0
  private pageEnvironment: PageEnvironmentInput | null = null
  private analysis: Analysis | null = null
  private answers: Answers = {}
  private tried: PanelModel["tried"] = []
  private stopped = false
  /** The panel first appears with its diagnosis, so nothing in it jumps when the words arrive. */
  private ready = false
  /** The page has loaded and been idle once: the collapsed tab may be drawn (see show). */
  private pageSettled = false
  private waitingToSettle = false
  model: PanelModel | null = null
  /** The page is being hidden or unloaded (pagehide; pageshow undoes it on a page restored from the back/forward cache). */
  private leaving = false

  constructor(
    private readonly win: Window,
    runtime: OverlayRuntime,
    private readonly createSurface: (controller: OverlayController) => OverlaySurface
  ) {
    this.page = new PageSession(win, {
      changed: (reason) => this.refresh(reason),
      left: (outcome) => this.recordAttempt(outcome, new Date())
    })
    this.background = new BackgroundLink(runtime)
    this.frames = new PanelFrameServer(runtime, {
      action: (action, args) => runPanelAction(this, action, args, true),
      connected: () => {
        if (this.model && this.ready) this.show(this.model)
      }
    })
    this.background.listen(
      runtime.listen,
      {
        command: (command) => (command === "open" ? this.setCollapsed(false, true) : this.openReport()),
        view: () => {
          this.readIfQuiet()
          return this.model ? { model: this.model } : null
        },
        action: (action, args) => {
          this.readIfQuiet()
          return runPanelAction(this, action, args)
        },
        networkChanged: () => this.refresh("network"),
        frameState: (state) => {
          this.page.addFrame(state)
          this.refresh("frame")
        }
      },
      this.abort.signal
    )
    this.frames.start(this.abort.signal)
    win.addEventListener("pagehide", () => (this.leaving = true), { signal: this.abort.signal })
    win.addEventListener("pageshow", () => (this.leaving = false), { signal: this.abort.signal })
  }

  /**
   * For async work that ends in a window call (timers, frames, idle callbacks): Firefox throws
   * from those while the page is being closed or navigated away, and then there is nobody to
   * help, so the controller stops quietly. Anything else is a real error and stays uncaught.
   */
  readonly onAsyncError = (error: unknown): void => {
    this.stop()
    if (!this.leaving) throw error
  }

  async start(): Promise<void> {
    this.page.listen(this.abort.signal)
    const context = await this.background.loadContext()
    this.page.useProfiles((context?.profiles ?? []).map(profileFromWire), readingWordsFromWire(context?.readingWords))
    if (this.settings.disabledSites.includes(this.siteKey)) return this.stop()
    // Reading sizes and styles before the page's first paint would make the browser lay the
    // page out early, just for us, and again for its own first paint.
    await afterNextPaint(this.win)
    if (this.stopped) return
    this.pageEnvironment = readPageOnlyEnvironment(this.win)
    // Without an answer from the background (a cold service worker can take a while, a broken
    // one never answers), show what the page says anyway.
    this.win.setTimeout(() => this.becomeReady(), 3000)
    // Most page views show no error, and reading a page cold is most of what we cost it
    // (issue 15). Unless the panel is open or a quick look sees something to read, the page
    // is read in full only when something happens: a change the quick look sees, the
    // applicant's first input, or a question from the panel, popup or background.
    if (!this.settings.panel.collapsed || this.page.quickLook()) this.refresh("start")
    else {
      // Nothing to diagnose: as if the first analysis had come back with nothing, so that an
      // error that appears later opens the panel at once, as it does on a page read at start.
      this.ready = true
      this.show(null)
    }
    this.page.watch(this.abort.signal)
    this.preloadOnFirstInput(this.abort.signal)
  }

  stop(): void {
    this.stopped = true
    this.abort.abort()
  }

  get profile(): SiteProfile | null {
    return this.page.profile
  }

  get settings(): Settings {
    return this.background.settings
  }

  get locale(): Locale {
    return this.settings.locale ?? pickLocale(this.win.navigator.languages)
  }

  /** The key of this site in per-site settings. */
  get siteKey(): string {
    return this.profile?.id ?? "generic"
  }

  /** Re-reads the page (cheap: runs on every debounced DOM change), then asks for a diagnosis if anything that matters changed. */
  refresh(reason: string): void {
    if (this.stopped) return
    // Still quiet: a change to the page is read only when the quick look sees something in it.
    if (!this.hasRead && QUIET_CHANGES.has(reason) && !this.page.quickLook()) return
    const now = new Date()
    const { state, outcome, newErrors } = this.page.read(now)
    if (outcome) this.recordAttempt(outcome, now)
    // Opened by an error on this page only: what is remembered for the next pages is the
    // applicant's own choice (the next page may be the form they need to fill in again).
    if (newErrors && this.settings.autoOpenOnError && this.settings.panel.collapsed) this.openedByError = true
    this.publish(state, now)
    if (state.signals.processing) this.preloadWhenIdle()
    // A new analysis also reports the page's state to the background; otherwise report it alone (if it changed).
    if (!this.analyse(state)) this.background.reportState(state, this.topCause)
  }

  // ---- what the panel (frame or side panel) asks for ----------------------------------

  /**
   * Collapse to the tab or open the panel. `byUser`: the applicant clicked the tab or the
   * panel's own close button, so focus follows (into the panel, or back to the tab); an
   * automatic open never moves focus out of the form the applicant may be typing in.
   */
  setCollapsed(collapsed: boolean, byUser = false): void {
    this.readIfQuiet()
    if (byUser && !collapsed) this.focusRequest += 1
    this.openedByError = false
    this.updateSettings({ panel: { ...this.settings.panel, collapsed } })
    if (!byUser) return
    if (collapsed) this.surface?.focusTab()
    else this.surface?.focusFrame()
  }

  hideOnThisSite(): void {
    this.background.updateSettings({ disabledSites: [...new Set([...this.settings.disabledSites, this.siteKey])] })
    this.stop()
    this.surface?.destroy()
    this.surface = null
  }

  recordTried(fix: string, outcome: "helped" | "did-not-help"): void {
    this.tried = [...this.tried.filter((t) => t.fix !== fix), { fix, outcome }]
    this.background.recordTried(this.profile?.id ?? null, fix, outcome)
    this.refresh("tried")
  }

  answer(answers: Partial<Answers>): void {
    this.answers = { ...this.answers, ...answers }
    this.refresh("answer")
  }

  dismissChecklist(id: string): void {
    this.updateSettings({ dismissedChecklists: [...new Set([...this.settings.dismissedChecklists, id])] })
  }

  /** Opens the panel at the report preview (the popup's "copy report"): the applicant confirms there. */
  openReport(): void {
    this.reportRequest += 1
    this.setCollapsed(false, true)
  }

  /** The actions that need the page or the background; the panel copies reports and links itself. */
  async runAction(action: FixActionId): Promise<ActionResult> {
    switch (action) {
      case "clear-site-data": {
        const origins = this.page.siteOrigins()
        const result = await this.background.clearSiteData(origins)
        if (!result?.ok) return { ok: false, messageId: "action-failed" }
        return { ok: true, messageId: result.notCleared.length ? "action-cleared-partly" : "action-cleared", params: { origins: origins.join(", ") } }
      }
      case "copy-report":
        this.openReport()
        return { ok: true, messageId: "action-shown" }
      default:
        // Checklists, waiting, payment status, methods and portal time are shown by the panel itself.
        return { ok: true, messageId: "action-shown" }
    }
  }

  // ---- plumbing -----------------------------------------------------------------------

  /** Whether the page has been read in full yet (the quiet start reads it only when needed). */
  private get hasRead(): boolean {
    return this.page.lastState !== null
  }

  /** Someone asks for what the page shows: a quiet start reads it now. */
  private readIfQuiet(): void {
    if (!this.hasRead) this.refresh("asked")
  }

  private get topCause(): string | null {
    return this.analysis?.diagnosis[0]?.cause ?? null
  }

  private publish(state: PageState, now: Date): void {
    const analysis = this.analysis
    const context = this.background.context
    this.model = {
      locale: this.locale,
      state,
      profile: this.profile,
      diagnosis: analysis?.diagnosis ?? [],
      environment: analysis?.environment ?? {},
      network: analysis?.network ?? context?.network ?? [],
      settings: this.openedByError ? { ...this.settings, panel: { ...this.settings.panel, collapsed: false } } : this.settings,
      // The attempt this very page just ended may not have reached the store yet.
      attempts: mergeAttempts(analysis?.attempts ?? [], context?.attempts ?? []),
      tried: this.tried,
      answers: this.answers,
      now: now.toISOString()
    }
    if (this.ready) this.show(this.model)
  }

  /**
   * The panel's frame may load only on the profiles' hosts (web_accessible_resources); on a
   * page "Analyse this page" was asked for, the browser's side panel shows the panel instead
   * and nothing is drawn on the page.
   */
  private get drawsOnPage(): boolean {
    // No answer from the background at all: we are on a manifest host; show what we can.
    const context = this.background.context
    return context === null || context.profiles.length > 0
  }

  /**
   * Draws the tab (and the frame, once open) and sends the model to every connected panel
   * frame. An open panel (an error opened it, or the applicant left it open) is drawn at
   * once; the collapsed tab waits until the page has loaded and is idle, so the portal's own
   * loading never pays for it.
   */
  private show(model: PanelModel | null): void {
    if (this.stopped || !this.drawsOnPage) return
    // No model: a page not read yet (see start), whose collapsed tab says nothing a reading
    // would change (no error count, no placeholder).
    const settings = model?.settings ?? this.settings
    if (!this.surface) {
      if (settings.panel.collapsed && !this.pageSettled) return this.showWhenPageSettles()
      this.surface = this.createSurface(this)
    }
    this.surface.render({
      locale: this.locale,
      side: settings.panel.side === "left" ? "left" : "right",
      collapsed: settings.panel.collapsed,
      errorCount: model?.state.errors.length ?? 0,
      errors: model?.state.errors,
      preload: this.mayPreload
    })
    if (model) this.frames.broadcast({ kind: "view", model, focusRequest: this.focusRequest, reportRequest: this.reportRequest })
  }

  private showWhenPageSettles(): void {
    if (this.waitingToSettle) return
    this.waitingToSettle = true
    whenPageIdleAfterLoad(this.win)
      .then(() => {
        this.pageSettled = true
        if (this.ready) this.show(this.model)
      })
      .catch(this.onAsyncError)
  }

  /**
   * A payment error almost always follows something the applicant did (typed a card number,
   * pressed "Pay"). At their first input on a payment page, once the page is idle, the panel's
   * frame starts loading, hidden: when the error comes the panel opens with it at once instead
   * of loading for a few hundred ms first. Page loads themselves never pay for the frame.
   */
  private preloadOnFirstInput(signal: AbortSignal): void {
    let readScheduled = false
    const once = () => {
      if (this.stopped || this.mayPreload) return
      // A quiet start reads the page at the applicant's first input: in the next idle period,
      // never inside the input's own task, and then decides as below.
      if (!this.hasRead) {
        if (readScheduled) return
        readScheduled = true
        return whenIdle(this.win, () => {
          readScheduled = false
          this.refresh("input")
          once()
        })
      }
      // Not a payment page (yet: single-page apps move on): keep listening.
      if (!this.model || !wantsPanelSoon(this.model)) return
      for (const type of INPUT_EVENTS) this.win.removeEventListener(type, once, true)
      this.preloadWhenIdle()
    }
    for (const type of INPUT_EVENTS) this.win.addEventListener(type, once, { capture: true, passive: true, signal })
  }

  /**
   * Loads the panel's frame, hidden, in the page's next idle period (once per page). Besides the
   * first input, a page that says the payment is being processed asks for it: it is the page a
   * gateway sends the applicant back to, where the result (often a decline) replaces "please
   * wait" with no input in between, and without the frame the panel would take a new extension
   * document's load (125–140 ms here, bench/README.md) before it could show it. Only those pages
   * pay the frame's cost without an input: most page loads never say "processing".
   */
  private preloadWhenIdle(): void {
    if (this.stopped || this.preloadScheduled) return
    this.preloadScheduled = true
    const run = () => {
      this.mayPreload = true
      if (this.model) this.show(this.model)
    }
    whenIdle(this.win, run)
  }

  private becomeReady(): void {
    if (this.ready || this.stopped) return
    this.ready = true
    const state = this.page.lastState
    if (state) this.publish(state, new Date())
  }

  /** Asks the background to diagnose, unless nothing it depends on changed. Returns whether it asked. */
  private analyse(state: PageState): boolean {
    if (!this.pageEnvironment) return false
    const pageErrors = this.page.pageErrors
    const environment: PageEnvironmentInput = {
      ...this.pageEnvironment,
      pageErrors: { count: pageErrors.length, messages: pageErrors.slice(-10) }
    }
    const answer = this.background.analyse({ state, environment, answers: this.answers, tried: this.tried })
    if (!answer) return false
    answer
      .then((analysis) => {
        // A newer page state may have been analysed meanwhile: the link keeps only the latest answer.
        if (!analysis || this.stopped) return
        this.analysis = analysis
        this.ready = true
        const latest = this.page.lastState ?? state
        this.publish(latest, new Date())
        if (latest !== state) this.background.reportState(latest, this.topCause)
      })
      .catch(this.onAsyncError)
    return true
  }

  private recordAttempt(outcome: Attempt["outcome"], now: Date): void {
    this.background.recordAttempt({ time: now.toISOString(), siteId: this.profile?.id ?? null, outcome })
  }

  private updateSettings(patch: Partial<Settings>): void {
    this.background.updateSettings(patch)
    const state = this.page.lastState
    if (state) this.publish(state, new Date())
  }
}

const INPUT_EVENTS = ["pointerdown", "keydown", "focusin"] as const

/** Page changes a quiet start lets the quick look judge (watchPage's reasons, and the network log changing). */
const QUIET_CHANGES = new Set(["mutation", "navigate", "popstate", "hashchange", "network"])

/** In the page's next idle period (at most 2 s away). */
function whenIdle(win: Window, run: () => void): void {
  if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(run, { timeout: 2000 })
  else win.setTimeout(run, 200)
}

/** Steps where a payment can fail any moment: the panel's frame is worth having ready. */
const PAYMENT_STEPS = new Set(["payment-method", "card-entry", "verification", "confirmation"])

function wantsPanelSoon(model: PanelModel): boolean {
  return PAYMENT_STEPS.has(model.state.step.id) || model.state.signals.cardForm || model.state.errors.length > 0
}
