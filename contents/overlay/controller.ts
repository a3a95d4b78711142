import type { Answers, Attempt, FixActionId } from "~src/diagnosis/types"
import { readPageOnlyEnvironment } from "~src/environment/split-input"
import { attemptOutcome } from "~src/flow/attempt-outcome"
import { mergeAttempts } from "~src/flow/merge-attempts"
import { nextStuckCheckIn, trackProcessing } from "~src/flow/stuck-page"
import { pickLocale, type Locale } from "~src/i18n/locale"
import { PANEL_FRAME_PORT, parseFromPanelFrame, type ToPanelFrame } from "~src/messaging/panel-frame"
import type { Analysis, Message, PageEnvironmentInput, PanelView, TabContext } from "~src/messaging/protocol"
import { ErrorTimeline } from "~src/page/error-timeline"
import { BRIDGE_EVENT, parseBridgeMessage } from "~src/page/main-world-bridge"
import { readPage } from "~src/page/read-page"
import { scrubTypedValues } from "~src/page/scrub-typed"
import type { PageState } from "~src/page/types"
import { watchPage } from "~src/page/watch-page"
import { findProfileIn } from "~src/sites/find-profile"
import type { SiteProfile } from "~src/sites/profile"
import { profileFromWire } from "~src/sites/wire"
import { DEFAULT_SETTINGS, type Settings } from "~src/store/settings"
import type { OverlayViewState } from "~src/ui/overlay/overlay-view"
import type { ActionResult, PanelModel } from "~src/ui/panel/model"

import { extension, onMessage, type Port } from "./extension-api"

/** What the controller draws on: the tab and the panel frame (src/ui/overlay/overlay-view.ts). */
export interface OverlaySurface {
  render(state: OverlayViewState): void
  focusTab(): void
  focusFrame(): void
  destroy(): void
}

/**
 * The content script's one moving part. It reads the page (src/page) with the profile the
 * background sent for this host, asks the background to diagnose (the knowledge base lives
 * there, out of the page's memory), draws the tab, and sends the PanelModel to the panel
 * frame (an extension page, which renders it and sends the applicant's choices back over
 * the same port). Every listener hangs off one AbortSignal.
 */
export class OverlayController {
  private profiles: SiteProfile[] = []
  private readonly timeline = new ErrorTimeline()
  private readonly abort = new AbortController()
  private readonly panelPorts = new Set<Port>()
  private surface: OverlaySurface | null = null
  /** Set after the applicant's first input on a payment page (when idle): the panel's frame may load, hidden. */
  private mayPreload = false
  /** An error on this page opened the panel (not remembered: see refresh). */
  private openedByError = false
  private focusRequest = 0
  private reportRequest = 0
  private context: TabContext | null = null
  private pageEnvironment: PageEnvironmentInput | null = null
  private analysis: Analysis | null = null
  private analysedKey = ""
  private analysisRun = 0
  private pageErrors: string[] = []
  private answers: Answers = {}
  private tried: PanelModel["tried"] = []
  private frames: PageState[] = []
  private lastState: PageState | null = null
  private lastSentKey = ""
  private processingSince: number | null = null
  private stuckTimer: number | undefined
  private stopped = false
  /** The panel first appears with its diagnosis, so nothing in it jumps when the words arrive. */
  private ready = false
  profile: SiteProfile | null = null
  model: PanelModel | null = null

  constructor(
    private readonly win: Window,
    private readonly createSurface: (controller: OverlayController) => OverlaySurface
  ) {}

  async start(): Promise<void> {
    const { signal } = this.abort
    this.win.addEventListener(BRIDGE_EVENT, (event) => this.onBridge((event as CustomEvent).detail), { signal })
    const stopListening = onMessage(this.onRuntimeMessage)
    extension.runtime.onConnect.addListener(this.onConnect)
    signal.addEventListener("abort", () => {
      stopListening()
      extension.runtime.onConnect.removeListener(this.onConnect)
      for (const port of this.panelPorts) port.disconnect()
      this.panelPorts.clear()
    })
    this.win.addEventListener("pagehide", () => this.onLeave(), { signal })

    this.context = await this.ask<TabContext>({ type: "get-tab-context" })
    this.profiles = (this.context?.profiles ?? []).map(profileFromWire)
    this.profile = findProfileIn(this.win.location.href, this.profiles)
    if (this.settings.disabledSites.includes(this.siteKey)) return this.stop()
    await afterPagePaints(this.win)
    if (this.stopped) return
    this.pageEnvironment = readPageOnlyEnvironment(this.win)
    // Without an answer from the background (a cold service worker can take a while, a broken
    // one never answers), show what the page says anyway.
    this.win.setTimeout(() => this.becomeReady(), 3000)
    this.refresh("start")
    watchPage(this.win, (reason) => this.refresh(reason), signal)
    this.preloadOnFirstInput(signal)
  }

  stop(): void {
    this.stopped = true
    this.abort.abort()
  }

  get settings(): Settings {
    return this.context?.settings ?? DEFAULT_SETTINGS
  }

  get locale(): Locale {
    return this.settings.locale ?? pickLocale(this.win.navigator.languages)
  }

  /** The key of this site in per-site settings. */
  get siteKey(): string {
    return this.profile?.id ?? "generic"
  }

  /** Re-reads the page (cheap: runs on every debounced DOM change), then asks for a diagnosis if anything that matters changed. */
  refresh(_reason: string): void {
    if (this.stopped) return
    const now = new Date()
    const url = new URL(this.win.location.href)
    this.profile = findProfileIn(url, this.profiles)
    const state = this.withStuckTime(this.mergeFrames(readPage(this.win.document, url, this.timeline, now, this.profile)), now)
    const outcome = attemptOutcome(this.lastState, state)
    if (outcome) this.recordAttempt(outcome, now)
    const newErrors = state.errors.length > (this.lastState?.errors.length ?? 0)
    this.lastState = state
    // Opened by an error on this page only: what is remembered for the next pages is the
    // applicant's own choice (the next page may be the form they need to fill in again).
    if (newErrors && this.settings.autoOpenOnError && this.settings.panel.collapsed) this.openedByError = true
    this.publish(state, now)
    // A new analysis also reports the page's state to the background; otherwise report it alone (if it changed).
    if (!this.analyse(state)) this.reportState(state)
  }

  /** A page that keeps saying "processing" changes nothing in the DOM: a timer reads it again each minute. */
  private withStuckTime(state: PageState, now: Date): PageState {
    const clock = trackProcessing(this.processingSince, state.signals.processing, now.getTime())
    this.processingSince = clock.since
    if (clock.since === null) {
      if (this.stuckTimer !== undefined) this.win.clearTimeout(this.stuckTimer)
      this.stuckTimer = undefined
      return state
    }
    if (this.stuckTimer === undefined) {
      this.stuckTimer = this.win.setTimeout(() => {
        this.stuckTimer = undefined
        this.refresh("stuck")
      }, nextStuckCheckIn(clock.since, now.getTime()))
    }
    return clock.stuckSeconds === undefined ? state : { ...state, signals: { ...state.signals, stuckSeconds: clock.stuckSeconds } }
  }

  // ---- what the panel (frame or side panel) asks for ----------------------------------

  /**
   * Collapse to the tab or open the panel. `byUser`: the applicant clicked the tab or the
   * panel's own close button, so focus follows (into the panel, or back to the tab); an
   * automatic open never moves focus out of the form the applicant may be typing in.
   */
  setCollapsed(collapsed: boolean, byUser = false): void {
    if (byUser && !collapsed) this.focusRequest += 1
    this.openedByError = false
    this.updateSettings({ panel: { ...this.settings.panel, collapsed } })
    if (!byUser) return
    if (collapsed) this.surface?.focusTab()
    else this.surface?.focusFrame()
  }

  hideOnThisSite(): void {
    this.updateSettings({ disabledSites: [...new Set([...this.settings.disabledSites, this.siteKey])] }, false)
    this.stop()
    this.surface?.destroy()
    this.surface = null
  }

  recordTried(fix: string, outcome: "helped" | "did-not-help"): void {
    this.tried = [...this.tried.filter((t) => t.fix !== fix), { fix, outcome }]
    void this.send({ type: "record-tried", siteId: this.profile?.id ?? null, fix, outcome })
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
        const origins = this.siteOrigins()
        const result = await this.ask<{ ok: boolean; cleared: string[]; notCleared: string[] }>({ type: "clear-site-data", origins })
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

  private publish(state: PageState, now: Date): void {
    const analysis = this.analysis
    this.model = {
      locale: this.locale,
      state,
      profile: this.profile,
      diagnosis: analysis?.diagnosis ?? [],
      environment: analysis?.environment ?? {},
      network: analysis?.network ?? this.context?.network ?? [],
      settings: this.openedByError ? { ...this.settings, panel: { ...this.settings.panel, collapsed: false } } : this.settings,
      // The attempt this very page just ended may not have reached the store yet.
      attempts: mergeAttempts(analysis?.attempts ?? [], this.context?.attempts ?? []),
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
    return this.context === null || this.context.profiles.length > 0
  }

  /** Draws the tab (and the frame, once open) and sends the model to every connected panel frame. */
  private show(model: PanelModel): void {
    if (this.stopped || !this.drawsOnPage) return
    if (!this.surface) this.surface = this.createSurface(this)
    this.surface.render({
      locale: model.locale,
      side: model.settings.panel.side === "left" ? "left" : "right",
      collapsed: model.settings.panel.collapsed,
      errorCount: model.state.errors.length,
      preload: this.mayPreload
    })
    const view: ToPanelFrame = { kind: "view", model, focusRequest: this.focusRequest, reportRequest: this.reportRequest }
    for (const port of this.panelPorts) port.postMessage(view)
  }

  /**
   * A payment error almost always follows something the applicant did (typed a card number,
   * pressed "Pay"). At their first input on a payment page, once the page is idle, the panel's
   * frame starts loading, hidden: when the error comes the panel opens with it at once instead
   * of loading for a few hundred ms first. Page loads themselves never pay for the frame.
   */
  private preloadOnFirstInput(signal: AbortSignal): void {
    const once = () => {
      // Not a payment page (yet: single-page apps move on): keep listening.
      if (this.stopped || this.mayPreload || !this.model || !wantsPanelSoon(this.model)) return
      for (const type of INPUT_EVENTS) this.win.removeEventListener(type, once, true)
      const run = () => {
        this.mayPreload = true
        if (this.model) this.show(this.model)
      }
      if (typeof this.win.requestIdleCallback === "function") this.win.requestIdleCallback(run, { timeout: 2000 })
      else this.win.setTimeout(run, 200)
    }
    for (const type of INPUT_EVENTS) this.win.addEventListener(type, once, { capture: true, passive: true, signal })
  }

  /** A panel frame (our own extension page, in this tab) connected: send it the view, serve its actions. */
  private onConnect = (port: Port): void => {
    if (port.name !== PANEL_FRAME_PORT || port.sender?.id !== extension.runtime.id) return
    this.panelPorts.add(port)
    port.onDisconnect.addListener(() => this.panelPorts.delete(port))
    port.onMessage.addListener(async (raw: unknown) => {
      const message = parseFromPanelFrame(raw)
      if (!message) return
      const result = await this.runProxiedAction(message.action, message.args, true)
      const reply: ToPanelFrame = { kind: "action-result", id: message.id, result: result ?? null }
      if (this.panelPorts.has(port)) port.postMessage(reply)
    })
    if (this.model && this.ready) this.show(this.model)
  }

  private becomeReady(): void {
    if (this.ready || this.stopped) return
    this.ready = true
    if (this.lastState) this.publish(this.lastState, new Date())
  }

  /**
   * Asks the background to diagnose, unless nothing it depends on changed since last time.
   * Returns whether it asked (the background then also records the page's state).
   */
  private analyse(state: PageState): boolean {
    if (!this.pageEnvironment) return false
    const key = JSON.stringify([
      state.site?.id,
      state.step.id,
      state.errors.map((e) => e.text),
      state.signals,
      this.answers,
      this.tried,
      this.context?.network.length,
      this.context?.attempts.length,
      this.pageErrors.length
    ])
    if (key === this.analysedKey) return false
    this.analysedKey = key
    const run = ++this.analysisRun
    const environment: PageEnvironmentInput = {
      ...this.pageEnvironment,
      pageErrors: { count: this.pageErrors.length, messages: this.pageErrors.slice(-10) }
    }
    void this.ask<Analysis>({ type: "analyse", state, environment, answers: this.answers }).then((analysis) => {
      // A newer page state may have been analysed meanwhile: keep only the latest answer.
      if (!analysis || run !== this.analysisRun || this.stopped) return
      this.analysis = analysis
      this.ready = true
      this.lastSentKey = stateReportKey(state, analysis.diagnosis[0]?.cause ?? null)
      this.publish(this.lastState ?? state, new Date())
      if (this.lastState && this.lastState !== state) this.reportState(this.lastState)
    })
    return true
  }

  /** Origins whose data "clear this site's data" may remove: this page's and its gateways'. */
  private siteOrigins(): string[] {
    const origins = new Set([this.win.location.origin])
    for (const frame of this.frames) origins.add(frame.origin)
    return [...origins].filter((o) => o.startsWith("https://"))
  }

  private mergeFrames(state: PageState): PageState {
    if (this.frames.length === 0) return state
    const frameErrors = this.frames.flatMap((f) => f.errors.map((e) => ({ ...e, source: "frame" as const })))
    const deeper = this.frames.find((f) => f.step.id === "verification" || f.step.id === "card-entry")
    return {
      ...state,
      step: state.step.id === "unknown" && deeper ? deeper.step : state.step,
      errors: [...state.errors, ...frameErrors].slice(0, 20),
      signals: { ...state.signals, threeDSFrame: state.signals.threeDSFrame || this.frames.some((f) => f.step.id === "verification") }
    }
  }

  private onBridge(detail: unknown): void {
    const message = parseBridgeMessage(detail)
    if (!message || message.kind === "navigate") return // watchPage follows navigations itself
    if (message.kind === "page-error") {
      if (this.pageErrors.length < 50) this.pageErrors.push(message.text ?? "")
      return
    }
    // An alert() may echo what the applicant typed: scrubbed before the timeline keeps it.
    const [text] = scrubTypedValues(this.win.document, [message.text ?? ""])
    this.timeline.addNative(message.kind, text, new Date())
    this.refresh(message.kind)
  }

  private onRuntimeMessage = (message: unknown): Promise<unknown> | undefined => {
    const m = message as Message
    if (m?.type === "panel-command") {
      if (m.command === "open") this.setCollapsed(false, true)
      if (m.command === "copy-report") this.openReport()
      return Promise.resolve(true)
    }
    if (m?.type === "get-panel-view") {
      if (!this.model) return Promise.resolve(null)
      const view: PanelView = { model: this.model }
      return Promise.resolve(view)
    }
    if (m?.type === "panel-action") return this.runProxiedAction(m.action, m.args)
    if (m?.type === "tab-network" && this.context && Array.isArray(m.network)) {
      this.context = { ...this.context, network: m.network.slice(-50) }
      this.refresh("network")
    }
    if (m?.type === "frame-state") {
      this.frames = [...this.frames.filter((f) => f.origin !== m.state.origin), m.state].slice(-5)
      this.refresh("frame")
    }
    return undefined
  }

  /** The panel frame and the browser's side panel drive this page's panel through these, one action at a time. */
  private async runProxiedAction(action: string, args: unknown[], fromFrame = false): Promise<unknown> {
    const a = Array.isArray(args) ? args : []
    switch (action) {
      case "setCollapsed":
        // From the frame it is always the applicant's own click or Escape.
        return this.setCollapsed(Boolean(a[0]), fromFrame)
      case "hideOnThisSite":
        return this.hideOnThisSite()
      case "recordTried":
        if (typeof a[0] === "string" && (a[1] === "helped" || a[1] === "did-not-help")) this.recordTried(a[0], a[1])
        return true
      case "runAction":
        return typeof a[0] === "string" ? this.runAction(a[0] as FixActionId) : null
      case "answer":
        if (a[0] && typeof a[0] === "object") this.answer(a[0] as Partial<Answers>)
        return true
      case "dismissChecklist":
        if (typeof a[0] === "string") this.dismissChecklist(a[0])
        return true
      default:
        return null
    }
  }

  private onLeave(): void {
    const outcome = attemptOutcome(this.lastState, null)
    if (outcome) this.recordAttempt(outcome, new Date())
  }

  private recordAttempt(outcome: Attempt["outcome"], now: Date): void {
    const attempt: Attempt = { time: now.toISOString(), siteId: this.profile?.id ?? null, outcome }
    if (this.context) this.context = { ...this.context, attempts: [...this.context.attempts, attempt] }
    void this.send({ type: "record-attempt", attempt })
  }

  private updateSettings(patch: Partial<Settings>, notify = true): void {
    const settings = { ...this.settings, ...patch }
    this.context = { ...(this.context ?? emptyContext()), settings }
    void this.send({ type: "update-settings", patch })
    if (notify && this.lastState) this.publish(this.lastState, new Date())
  }

  private reportState(state: PageState): void {
    const topCause = this.analysis?.diagnosis[0]?.cause ?? null
    const key = stateReportKey(state, topCause)
    if (key === this.lastSentKey) return
    this.lastSentKey = key
    void this.send({ type: "page-state", state, topCause })
  }

  private async ask<T>(message: Message): Promise<T | null> {
    try {
      return ((await extension.runtime.sendMessage(message)) as T) ?? null
    } catch {
      return null // background restarting; the panel works without it
    }
  }

  private async send(message: Message): Promise<void> {
    await this.ask(message)
  }
}

/**
 * Resolves once the page has painted its next frame (or after 100 ms in a background tab,
 * which paints nothing). Reading sizes and styles before that would make the browser lay the
 * page out early, just for us, and again for its own first paint.
 */
function afterPagePaints(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const fallback = win.setTimeout(resolve, 100)
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(fallback)
        resolve()
      }, 0)
    )
  })
}

/** What the background's record of a page depends on: a report with the same key changes nothing there. */
function stateReportKey(state: PageState, topCause: string | null): string {
  return JSON.stringify([state.step.id, state.errors.map((e) => e.text), topCause])
}

const INPUT_EVENTS = ["pointerdown", "keydown", "focusin"] as const

/** Steps where a payment can fail any moment: the panel's frame is worth having ready. */
const PAYMENT_STEPS = new Set(["payment-method", "card-entry", "verification", "confirmation"])

function wantsPanelSoon(model: PanelModel): boolean {
  return PAYMENT_STEPS.has(model.state.step.id) || model.state.signals.cardForm || model.state.errors.length > 0
}

function emptyContext(): TabContext {
  return { tabId: -1, profiles: [], network: [], clockSkewSeconds: null, attempts: [], frames: [], settings: DEFAULT_SETTINGS }
}
