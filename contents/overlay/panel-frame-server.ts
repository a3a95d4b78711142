import { PANEL_FRAME_PORT, parseFromPanelFrame, type ToPanelFrame } from "~src/messaging/panel-frame"

/** The part of a runtime.Port this server uses. */
export interface FramePort {
  name: string
  sender?: { id?: string }
  postMessage(message: ToPanelFrame): void
  disconnect(): void
  onMessage: { addListener(listener: (message: unknown) => void): void }
  onDisconnect: { addListener(listener: () => void): void }
}

/** Where panel frames' ports arrive (runtime.onConnect), and our own extension's id. */
export interface FramePortSource {
  id: string
  onConnect: { addListener(listener: (port: FramePort) => void): void; removeListener(listener: (port: FramePort) => void): void }
}

export interface PanelFrameHandlers {
  /** Runs one of the panel's actions; the result goes back to the frame that asked. */
  action(action: string, args: unknown[]): Promise<unknown>
  /** A frame connected: it needs the current view. */
  connected(): void
}

/**
 * Serving the panel's frame (sidepanel.html?embedded=1, our own extension page in this tab),
 * and only that: it accepts the frame's port, sends it every view, runs the actions it asks
 * for and answers each by its id. Ports from anything but our own extension are ignored.
 */
export class PanelFrameServer {
  private readonly ports = new Set<FramePort>()

  constructor(
    private readonly source: FramePortSource,
    private readonly handlers: PanelFrameHandlers
  ) {}

  start(signal: AbortSignal): void {
    this.source.onConnect.addListener(this.onConnect)
    signal.addEventListener(
      "abort",
      () => {
        this.source.onConnect.removeListener(this.onConnect)
        for (const port of this.ports) port.disconnect()
        this.ports.clear()
      },
      { once: true }
    )
  }

  /** Sends a view to every connected frame. */
  broadcast(message: ToPanelFrame): void {
    for (const port of this.ports) port.postMessage(message)
  }

  /**
   * This tab's panel frame connected, through the background's relay (a framed extension page
   * has no tabs API in Firefox, see src/messaging/panel-relay.ts). Only ports our own extension
   * opened count; a web page cannot open one.
   */
  private onConnect = (port: FramePort): void => {
    if (port.name !== PANEL_FRAME_PORT || port.sender?.id !== this.source.id) return
    this.ports.add(port)
    port.onDisconnect.addListener(() => this.ports.delete(port))
    port.onMessage.addListener(async (raw: unknown) => {
      const message = parseFromPanelFrame(raw)
      if (!message) return
      const result = await this.handlers.action(message.action, message.args)
      if (this.ports.has(port)) port.postMessage({ kind: "action-result", id: message.id, result: result ?? null })
    })
    this.handlers.connected()
  }
}
