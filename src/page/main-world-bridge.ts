/**
 * The protocol between contents/main-world.ts (the page's own JavaScript world, where
 * alert(), confirm() and history.pushState can be observed) and the isolated content
 * script. Messages travel as a JSON string in a CustomEvent's detail: strings cross
 * between worlds in every browser, objects do not (Firefox would need cloneInto).
 *
 * Anything the page's scripts can do, a hostile page can forge, so the receiving side
 * treats every message as untrusted: type-checked, length-capped, unknown kinds dropped.
 * The worst a forged message can do is add a line of text to the error list.
 */

/** Window event carrying bridge messages (main world → isolated world). */
export const BRIDGE_EVENT = "evph:bridge"
/** Plain window event for SPA navigations; any script may dispatch it without a payload. */
export const NAVIGATE_EVENT = "evph:navigate"
export const BRIDGE_PROTOCOL_VERSION = 1
/** Longest text kept from a message; alert boxes are short, hostile ones are not. */
export const MAX_BRIDGE_TEXT = 1000
/** Longer raw payloads are dropped unread. */
const MAX_RAW_LENGTH = 8 * MAX_BRIDGE_TEXT

export const BRIDGE_KINDS = ["alert", "confirm", "navigate", "page-error"] as const
export type BridgeKind = (typeof BRIDGE_KINDS)[number]

export interface BridgeMessage {
  kind: BridgeKind
  text?: string
}

function isBridgeKind(value: unknown): value is BridgeKind {
  return typeof value === "string" && (BRIDGE_KINDS as readonly string[]).includes(value)
}

/** Any value alert() may receive, as the text the box shows. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  let text: string
  try {
    text = typeof value === "string" ? value : String(value)
  } catch {
    return undefined // an object whose toString throws
  }
  return text.slice(0, MAX_BRIDGE_TEXT)
}

/** Main-world side: the event detail for one message. */
export function encodeBridgeMessage(kind: BridgeKind, text?: unknown): string {
  const body: { v: number; kind: BridgeKind; text?: string } = { v: BRIDGE_PROTOCOL_VERSION, kind }
  const t = kind === "navigate" ? undefined : textOf(text)
  if (t !== undefined) body.text = t
  return JSON.stringify(body)
}

/** Isolated-world side: a checked message, or null for anything malformed or foreign. */
export function parseBridgeMessage(data: unknown): BridgeMessage | null {
  let value: unknown = data
  if (typeof data === "string") {
    if (data.length > MAX_RAW_LENGTH) return null
    try {
      value = JSON.parse(data)
    } catch {
      return null
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  if (record.v !== BRIDGE_PROTOCOL_VERSION || !isBridgeKind(record.kind)) return null
  if (record.kind === "navigate") return { kind: "navigate" }
  if (record.text !== undefined && typeof record.text !== "string") return null
  const text = typeof record.text === "string" ? record.text.slice(0, MAX_BRIDGE_TEXT) : undefined
  return text === undefined ? { kind: record.kind } : { kind: record.kind, text }
}
