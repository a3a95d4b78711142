/** Browser/OS/network facts, as collected by src/environment (no input values, no ids). */
export interface EnvironmentFacts {
  browser: { name: string; version: string; major: number | null; engine: string }
  os: { name: string; version: string }
  device: "desktop" | "mobile" | "tablet" | "unknown"
  languages: string[]
  timeZone: string
  /** Minutes east of UTC, e.g. +480 for China. */
  utcOffsetMinutes: number
  /** Local time with offset, ISO 8601. */
  localTime: string
  /** Seconds the local clock is ahead (+) or behind (−) the portal's Date header; null if unseen. */
  clockSkewSeconds: number | null
  cookiesEnabled: boolean
  /** null when the browser does not let us tell. */
  thirdPartyCookiesBlocked: boolean | null
  online: boolean
  connection: { effectiveType?: string; downlinkMbps?: number; rttMs?: number; saveData?: boolean } | null
  viewport: { width: number; height: number; devicePixelRatio: number; zoomPercent: number | null }
  /** Uncaught errors the page itself threw (messages redacted, at most 10). */
  pageErrors: { count: number; messages: string[] }
  extensionVersion: string
}
