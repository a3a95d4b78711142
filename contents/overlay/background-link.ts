import type { Answers, Attempt } from "~src/diagnosis/types"
import type { Analysis, Message, PageEnvironmentInput, PanelView, TabContext } from "~src/messaging/protocol"
import type { PageState } from "~src/page/types"
import { DEFAULT_SETTINGS, type Settings } from "~src/store/settings"
import type { PanelModel } from "~src/ui/panel/model"

/** The part of runtime this link needs (extension-api.ts gives the real one; tests a fake). */
export interface MessageRuntime {
  sendMessage(message: Message): Promise<unknown>
}

/** Registers a runtime.onMessage handler whose answer (if any) is a promise; returns the remover. */
export type ListenToRuntime = (handler: (message: unknown) => Promise<unknown> | undefined) => () => void

/** What the background (or the popup, or the side panel) asks of this page. */
export interface FromBackground {
  command(command: "open" | "copy-report"): void
  view(): PanelView | null
  action(action: string, args: unknown[]): Promise<unknown>
  frameState(state: PageState): void
  /** The tab's network evidence changed (already stored in the context). */
  networkChanged(): void
}

export interface AnalysisRequest {
  state: PageState
  environment: PageEnvironmentInput
  answers: Answers
  tried: PanelModel["tried"]
}

/**
 * Talking to the background, and only that: what it knows about this tab (the context:
 * profiles, settings, network, attempts), diagnoses of the page, and reports of the page's
 * state, each sent only when something it depends on changed. A background that does not
 * answer (restarting, or broken) is an empty answer: the page's panel works without it.
 */
export class BackgroundLink {
  context: TabContext | null = null
  private analysedKey = ""
  private analysisRun = 0
  private lastReportKey = ""

  constructor(private readonly runtime: MessageRuntime) {}

  get settings(): Settings {
    return this.context?.settings ?? DEFAULT_SETTINGS
  }

  async loadContext(): Promise<TabContext | null> {
    this.context = await this.ask<TabContext>({ type: "get-tab-context" })
    return this.context
  }

  /**
   * Asks for a diagnosis unless nothing it depends on changed since the last request
   * (then returns null). The promise resolves to null for an answer a newer request made
   * stale, so only the latest one is ever shown. The background also records the state.
   */
  analyse(request: AnalysisRequest): Promise<Analysis | null> | null {
    const { state, environment, answers, tried } = request
    const key = JSON.stringify([
      state.site?.id,
      state.step.id,
      state.errors.map((e) => e.text),
      state.signals,
      answers,
      tried,
      this.context?.network.length,
      this.context?.attempts.length,
      environment.pageErrors?.count ?? 0
    ])
    if (key === this.analysedKey) return null
    this.analysedKey = key
    const run = ++this.analysisRun
    return this.ask<Analysis>({ type: "analyse", state, environment, answers }).then((analysis) => {
      if (!analysis || run !== this.analysisRun) return null
      // The analyse request recorded this state with this cause.
      this.lastReportKey = stateReportKey(state, analysis.diagnosis[0]?.cause ?? null)
      return analysis
    })
  }

  /** Tells the background what the page shows (for the badge and the popup), if that changed. */
  reportState(state: PageState, topCause: string | null): void {
    const key = stateReportKey(state, topCause)
    if (key === this.lastReportKey) return
    this.lastReportKey = key
    this.send({ type: "page-state", state, topCause })
  }

  recordAttempt(attempt: Attempt): void {
    if (this.context) this.context = { ...this.context, attempts: [...this.context.attempts, attempt] }
    this.send({ type: "record-attempt", attempt })
  }

  recordTried(siteId: string | null, fix: string, outcome: "helped" | "did-not-help"): void {
    this.send({ type: "record-tried", siteId, fix, outcome })
  }

  /** Applies the change here at once (the panel follows it) and stores it in the background. */
  updateSettings(patch: Partial<Settings>): void {
    this.context = { ...(this.context ?? emptyContext()), settings: { ...this.settings, ...patch } }
    this.send({ type: "update-settings", patch })
  }

  clearSiteData(origins: string[]): Promise<{ ok: boolean; cleared: string[]; notCleared: string[] } | null> {
    return this.ask({ type: "clear-site-data", origins })
  }

  /** Serves what the background, popup and side panel send this page, until `signal` aborts. */
  listen(listenToRuntime: ListenToRuntime, handlers: FromBackground, signal: AbortSignal): void {
    const stop = listenToRuntime((message) => this.onMessage(message as Message, handlers))
    signal.addEventListener("abort", stop, { once: true })
  }

  private onMessage(m: Message, handlers: FromBackground): Promise<unknown> | undefined {
    if (m?.type === "panel-command") {
      handlers.command(m.command)
      return Promise.resolve(true)
    }
    if (m?.type === "get-panel-view") return Promise.resolve(handlers.view())
    if (m?.type === "panel-action") return handlers.action(m.action, m.args)
    if (m?.type === "tab-network" && this.context && Array.isArray(m.network)) {
      this.context = { ...this.context, network: m.network.slice(-50) }
      handlers.networkChanged()
    }
    if (m?.type === "frame-state") handlers.frameState(m.state)
    return undefined
  }

  private async ask<T>(message: Message): Promise<T | null> {
    try {
      return ((await this.runtime.sendMessage(message)) as T) ?? null
    } catch {
      return null // background restarting; the panel works without it
    }
  }

  private send(message: Message): void {
    void this.ask(message)
  }
}

/** What the background's record of a page depends on: a report with the same key changes nothing there. */
function stateReportKey(state: PageState, topCause: string | null): string {
  return JSON.stringify([state.step.id, state.errors.map((e) => e.text), topCause])
}

function emptyContext(): TabContext {
  return { tabId: -1, profiles: [], readingWords: null, network: [], clockSkewSeconds: null, attempts: [], frames: [], settings: DEFAULT_SETTINGS }
}
