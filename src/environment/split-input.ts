import type { EnvironmentInput } from "./collect"
import type { UserAgentHints } from "./parse-user-agent"

/**
 * The environment facts split by where they can be read. Browser-wide facts (user agent and
 * its hints, languages, time zone) are the same in every tab, and reading the time zone
 * costs a page ~25 ms the first time (Intl loads its data), so the background reads those.
 * The content script reads only what belongs to the page: window size, zoom, cookies and
 * connection as this page sees them.
 */
export type PageOnlyEnvironment = Pick<
  EnvironmentInput,
  "cookieEnabled" | "onLine" | "connection" | "viewport" | "devicePixelRatio" | "outerWidth" | "innerWidth" | "pageErrors"
>

export type BrowserWideEnvironment = Pick<EnvironmentInput, "userAgent" | "uaHints" | "languages" | "timeZone" | "now" | "timezoneOffset">

interface NavigatorWithExtras {
  userAgent: string
  languages?: readonly string[]
  language?: string
  cookieEnabled?: boolean
  onLine: boolean
  userAgentData?: { getHighEntropyValues?(hints: string[]): Promise<UserAgentHints>; mobile?: boolean; platform?: string }
  connection?: { effectiveType?: string; downlink?: number; rtt?: number; saveData?: boolean }
}

/** Content-script side: cheap, synchronous, no Intl. */
export function readPageOnlyEnvironment(win: Window): PageOnlyEnvironment {
  const nav = win.navigator as unknown as NavigatorWithExtras
  const connection = nav.connection
  return {
    cookieEnabled: nav.cookieEnabled ?? true,
    onLine: nav.onLine,
    connection: connection
      ? { effectiveType: connection.effectiveType, downlink: connection.downlink, rtt: connection.rtt, saveData: connection.saveData }
      : null,
    viewport: { width: win.innerWidth, height: win.innerHeight },
    devicePixelRatio: win.devicePixelRatio || 1,
    outerWidth: win.outerWidth,
    innerWidth: win.innerWidth
  }
}

const HIGH_ENTROPY_HINTS = ["platformVersion", "fullVersionList", "model", "architecture"]

/** Background side: the browser's own navigator (a service worker's or a page's). */
export async function readBrowserWideEnvironment(nav: NavigatorWithExtras, now: Date): Promise<BrowserWideEnvironment> {
  let uaHints: UserAgentHints | null = null
  const data = nav.userAgentData
  if (data?.getHighEntropyValues) {
    try {
      uaHints = await data.getHighEntropyValues(HIGH_ENTROPY_HINTS)
    } catch {
      uaHints = { mobile: data.mobile, platform: data.platform }
    }
  }
  return {
    userAgent: nav.userAgent,
    uaHints,
    languages: nav.languages?.length ? [...nav.languages] : nav.language ? [nav.language] : [],
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
    now,
    timezoneOffset: now.getTimezoneOffset()
  }
}
