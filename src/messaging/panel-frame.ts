import type { PanelModel } from "~src/ui/panel/model"

import type { Message } from "./protocol"

/**
 * The in-page panel is an extension page in an iframe. It opens a port under this name to the
 * background, which connects to the frame's own tab's top-frame content script under the same
 * name and relays (src/messaging/panel-relay.ts); the content script accepts only ports opened
 * by our own extension.
 */
export const PANEL_FRAME_PORT = "evph-panel-frame"

export type PanelActionName = Extract<Message, { type: "panel-action" }>["action"]

/** content script → panel frame */
export type ToPanelFrame =
  /**
   * The panel's model, sent on connect and on every change. The two counters ask the panel
   * to do something once, when they go up: move focus to its heading (the applicant opened
   * it from the tab) and open the report preview (the popup's "copy report").
   */
  | { kind: "view"; model: PanelModel; focusRequest: number; reportRequest: number }
  | { kind: "action-result"; id: number; result: unknown }

/** panel frame → content script: one of the panel's actions, answered by an action-result. */
export type FromPanelFrame = { kind: "action"; id: number; action: PanelActionName; args: unknown[] }

const ACTIONS: readonly PanelActionName[] = ["setCollapsed", "hideOnThisSite", "recordTried", "runAction", "answer", "dismissChecklist"]

/** Checks what arrives on the port (it comes from our own extension, but the shape is still checked). */
export function parseFromPanelFrame(value: unknown): FromPanelFrame | null {
  if (typeof value !== "object" || value === null) return null
  const m = value as Record<string, unknown>
  if (m.kind !== "action" || typeof m.id !== "number" || !ACTIONS.includes(m.action as PanelActionName)) return null
  return { kind: "action", id: m.id, action: m.action as PanelActionName, args: Array.isArray(m.args) ? m.args : [] }
}

export function parseToPanelFrame(value: unknown): ToPanelFrame | null {
  if (typeof value !== "object" || value === null) return null
  const m = value as Record<string, unknown>
  if (m.kind === "action-result" && typeof m.id === "number") return { kind: "action-result", id: m.id, result: m.result }
  if (m.kind === "view" && typeof m.model === "object" && m.model !== null && typeof m.focusRequest === "number" && typeof m.reportRequest === "number") {
    return { kind: "view", model: m.model as PanelModel, focusRequest: m.focusRequest, reportRequest: m.reportRequest }
  }
  return null
}

/**
 * The one thing the frame says to its page without the background: "close me", from the
 * message shown when the panel could not connect (so that message is never a box that cannot
 * be closed). Posted to the parent window; the content script acts on it only when it comes
 * from its own panel frame's window with the extension's origin, which a page cannot fake.
 */
export const CLOSE_PANEL_FRAME = "evph-close-panel-frame"

export function isClosePanelFrame(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { kind?: unknown }).kind === CLOSE_PANEL_FRAME
}
