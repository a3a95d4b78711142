import { parseToPanelFrame, type PanelActionName, type ToPanelFrame } from "~src/messaging/panel-frame"
import type { RelayPort } from "~src/messaging/panel-relay"

export type PanelView = Extract<ToPanelFrame, { kind: "view" }>

/** Where the in-page panel's link to its page stands. */
export type ConnectionStatus = "connecting" | "connected" | "failed"

export interface PanelConnectionOptions {
  /** Opens a port to the background (runtime.connect with PANEL_FRAME_PORT). */
  connect(): RelayPort
  onView(view: PanelView): void
  onStatus(status: ConnectionStatus): void
  /** Without a first view by then, the panel says it could not load instead of staying blank. */
  failAfterMs?: number
  /** Reconnects after the port drops (a Chrome service worker or Firefox event page that stopped). */
  maxRetries?: number
  /** The first reconnect goes at once; the n-th waits (n − 1) × this. */
  retryDelayMs?: number
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/**
 * The framed panel's side of the port: connects through the background to its page's
 * content script, hands on every view, answers actions one at a time, and reconnects when
 * the background goes away (it may be stopped when idle). Reports "failed" when no view came
 * in time or the port keeps dropping, so the frame never stays an empty box.
 */
export class PanelConnection {
  private port: RelayPort | null = null
  private readonly waiting = new Map<number, (result: unknown) => void>()
  private nextId = 1
  private retries = 0
  private status: ConnectionStatus = "connecting"
  private failTimer: unknown = null
  private closed = false
  private readonly setTimer: (run: () => void, ms: number) => unknown
  private readonly clearTimer: (timer: unknown) => void

  constructor(private readonly options: PanelConnectionOptions) {
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms))
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  }

  start(): void {
    this.armFailTimer()
    this.open()
  }

  close(): void {
    this.closed = true
    if (this.failTimer !== null) this.clearTimer(this.failTimer)
    this.port?.disconnect()
    this.port = null
    this.settleAll()
  }

  /** Sends one of the panel's actions to the page; resolves with its answer, or null if the link is down. */
  call(action: PanelActionName, args: unknown[]): Promise<unknown> {
    return new Promise((resolve) => {
      if (!this.port) return resolve(null)
      const id = this.nextId++
      this.waiting.set(id, resolve)
      try {
        this.port.postMessage({ kind: "action", id, action, args })
      } catch {
        this.waiting.delete(id)
        resolve(null)
      }
    })
  }

  private open(): void {
    if (this.closed) return
    let port: RelayPort
    try {
      port = this.options.connect()
    } catch {
      return this.dropped()
    }
    this.port = port
    port.onMessage.addListener((raw) => {
      if (this.port !== port) return
      const message = parseToPanelFrame(raw)
      if (message?.kind === "view") {
        this.retries = 0
        if (this.failTimer !== null) this.clearTimer(this.failTimer)
        this.failTimer = null
        this.setStatus("connected")
        this.options.onView(message)
      }
      if (message?.kind === "action-result") {
        this.waiting.get(message.id)?.(message.result)
        this.waiting.delete(message.id)
      }
    })
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return
      this.port = null
      this.settleAll()
      this.dropped()
    })
  }

  private dropped(): void {
    if (this.closed) return
    const maxRetries = this.options.maxRetries ?? 3
    if (this.retries >= maxRetries) return this.setStatus("failed")
    this.retries += 1
    // The first reconnect goes at once: a drop is nearly always the background's worker being
    // stopped while idle, and reconnecting is what wakes it, so the next error reaches the
    // panel without waiting out a delay first (issue 15). Later tries back off.
    try {
      this.setTimer(() => this.open(), (this.options.retryDelayMs ?? 250) * (this.retries - 1))
    } catch {
      // The frame's own window is being torn down (Firefox throws NS_ERROR_NOT_INITIALIZED from
      // setTimeout then): the port dropped because the frame is going, so there is no one to
      // reconnect for.
      this.close()
    }
  }

  private armFailTimer(): void {
    this.failTimer = this.setTimer(() => {
      this.failTimer = null
      if (this.status !== "connected") this.setStatus("failed")
    }, this.options.failAfterMs ?? 6000)
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status || this.closed) return
    this.status = status
    this.options.onStatus(status)
  }

  private settleAll(): void {
    for (const resolve of this.waiting.values()) resolve(null)
    this.waiting.clear()
  }
}
