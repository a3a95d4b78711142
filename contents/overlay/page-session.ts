import type { Attempt } from "~src/diagnosis/types"
import { attemptOutcome } from "~src/flow/attempt-outcome"
import { nextStuckCheckIn, trackProcessing } from "~src/flow/stuck-page"
import { ErrorTimeline } from "~src/page/error-timeline"
import { BRIDGE_EVENT, parseBridgeMessage } from "~src/page/main-world-bridge"
import { quickLook } from "~src/page/quick-look"
import { readPage } from "~src/page/read-page"
import type { ReadingWords } from "~src/page/reading-words"
import { scrubTypedValues } from "~src/page/scrub-typed"
import type { PageState } from "~src/page/types"
import { watchPage } from "~src/page/watch-page"
import { findProfileIn } from "~src/sites/find-profile"
import type { SiteProfile } from "~src/sites/profile"

/** One reading of the page, with what changed since the last one. */
export interface PageReading {
  state: PageState
  /** The change from the last reading ended a payment attempt (succeeded, failed, unknown). */
  outcome: Attempt["outcome"] | null
  /** The page shows more errors than at the last reading. */
  newErrors: boolean
}

export interface PageSessionEvents {
  /** Something on the page may have changed: read it again. */
  changed(reason: string): void
  /** The applicant left the page while this attempt was still open. */
  left(outcome: Attempt["outcome"]): void
}

/** Page errors the main world reported (kept for the diagnosis, a bounded few). */
const MAX_PAGE_ERRORS = 50
/** Payment frames (gateways inside this page) whose states are merged into the page's. */
const MAX_FRAMES = 5

/**
 * Reading and watching this page, and nothing else: the profile for the current URL, the
 * errors seen during the visit (including those the page only said through alert() and the
 * like), the states its payment frames reported, and how long it has said "processing".
 * It never talks to the background; whoever owns it decides what to do with a reading.
 */
export class PageSession {
  profile: SiteProfile | null = null
  private profiles: SiteProfile[] = []
  private words: ReadingWords | null = null
  private readonly timeline = new ErrorTimeline()
  private frames: PageState[] = []
  private readonly pageErrorTexts: string[] = []
  private processingSince: number | null = null
  private stuckTimer: number | undefined
  private last: PageState | null = null

  constructor(
    private readonly win: Window,
    private readonly events: PageSessionEvents
  ) {}

  /**
   * The profiles the background sent for this host (the one for the current path is picked at
   * each reading) and the words statements about the payment are read with.
   */
  useProfiles(profiles: SiteProfile[], words: ReadingWords | null): void {
    this.profiles = profiles
    this.words = words
    this.profile = findProfileIn(this.win.location.href, profiles)
  }

  get lastState(): PageState | null {
    return this.last
  }

  /** Errors the page's own scripts threw (main-world bridge). */
  get pageErrors(): readonly string[] {
    return this.pageErrorTexts
  }

  /** Reads the page now: cheap enough to run on every debounced DOM change. */
  read(now: Date): PageReading {
    const url = new URL(this.win.location.href)
    this.profile = findProfileIn(url, this.profiles)
    const state = this.withStuckTime(this.mergeFrames(readPage(this.win.document, url, this.timeline, now, this.profile, this.words)), now)
    const outcome = attemptOutcome(this.last, state)
    const newErrors = state.errors.length > (this.last?.errors.length ?? 0)
    this.last = state
    return { state, outcome, newErrors }
  }

  /**
   * Whether the page shows anything a reading would act on (src/page/quick-look.ts); when
   * not, the caller may skip the reading. Much cheaper than read().
   */
  quickLook(): boolean {
    return quickLook(this.win.document, findProfileIn(this.win.location.href, this.profiles), this.words)
  }

  /** A payment frame inside this page reported what it shows. */
  addFrame(state: PageState): void {
    this.frames = [...this.frames.filter((f) => f.origin !== state.origin), state].slice(-MAX_FRAMES)
  }

  /** Origins whose data "clear this site's data" may remove: this page's and its gateways'. */
  siteOrigins(): string[] {
    const origins = new Set([this.win.location.origin])
    for (const frame of this.frames) origins.add(frame.origin)
    return [...origins].filter((o) => o.startsWith("https://"))
  }

  /**
   * Listens, from the start, for what the page says through the main-world bridge (alert()
   * texts, its own script errors) and for the applicant leaving, until `signal` aborts.
   */
  listen(signal: AbortSignal): void {
    this.win.addEventListener(BRIDGE_EVENT, (event) => this.onBridge((event as CustomEvent).detail), { signal })
    this.win.addEventListener("pagehide", () => this.onLeave(), { signal })
    signal.addEventListener("abort", () => this.stopStuckTimer(), { once: true })
  }

  /** Watches DOM changes and navigations (after the first reading), until `signal` aborts. */
  watch(signal: AbortSignal): void {
    watchPage(this.win, (reason) => this.events.changed(reason), signal)
  }

  /** A page that keeps saying "processing" changes nothing in the DOM: a timer reads it again each minute. */
  private withStuckTime(state: PageState, now: Date): PageState {
    const clock = trackProcessing(this.processingSince, state.signals.processing, now.getTime())
    this.processingSince = clock.since
    if (clock.since === null) {
      this.stopStuckTimer()
      return state
    }
    if (this.stuckTimer === undefined) {
      this.stuckTimer = this.win.setTimeout(() => {
        this.stuckTimer = undefined
        this.events.changed("stuck")
      }, nextStuckCheckIn(clock.since, now.getTime()))
    }
    return clock.stuckSeconds === undefined ? state : { ...state, signals: { ...state.signals, stuckSeconds: clock.stuckSeconds } }
  }

  private stopStuckTimer(): void {
    if (this.stuckTimer !== undefined) this.win.clearTimeout(this.stuckTimer)
    this.stuckTimer = undefined
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
      if (this.pageErrorTexts.length < MAX_PAGE_ERRORS) this.pageErrorTexts.push(message.text ?? "")
      return
    }
    // An alert() may echo what the applicant typed: scrubbed before the timeline keeps it.
    const [text] = scrubTypedValues(this.win.document, [message.text ?? ""])
    this.timeline.addNative(message.kind, text, new Date())
    this.events.changed(message.kind)
  }

  private onLeave(): void {
    const outcome = attemptOutcome(this.last, null)
    if (outcome) this.events.left(outcome)
  }
}
