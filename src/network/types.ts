/** A failed request of the portal or gateway, seen passively by the background. */
export interface NetworkEvent {
  /** Origin + path only: never the query string. */
  origin: string
  path: string
  kind: "blocked-by-client" | "dns" | "connection" | "timeout" | "certificate" | "http" | "aborted" | "other"
  /** HTTP status for kind "http". */
  status?: number
  /** The browser's error string, e.g. "net::ERR_BLOCKED_BY_CLIENT". */
  error?: string
  /** Resource type: main_frame, sub_frame, script, xmlhttprequest … */
  resourceType?: string
  time: string
}

export const MAX_NETWORK_EVENTS_PER_TAB = 50
