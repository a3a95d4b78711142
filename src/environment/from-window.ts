import type { EnvironmentInput } from "./collect"
import type { UserAgentHints } from "./parse-user-agent"

/**
 * Browser-only glue: reads what collectEnvironment needs from a window. Nothing here
 * identifies the person (no fingerprinting beyond what a volunteer needs to help).
 * The caller adds extensionVersion, clockSkewSeconds and pageErrors, which it knows.
 */
export type WindowEnvironmentInput = Omit<EnvironmentInput, "extensionVersion"> & { extensionVersion?: string }

interface NavigatorWithExtras extends Navigator {
  userAgentData?: { getHighEntropyValues?(hints: string[]): Promise<UserAgentHints>; mobile?: boolean; platform?: string }
  connection?: { effectiveType?: string; downlink?: number; rtt?: number; saveData?: boolean }
}

const HIGH_ENTROPY_HINTS = ["platformVersion", "fullVersionList", "model", "architecture"]

async function readHints(nav: NavigatorWithExtras): Promise<UserAgentHints | null> {
  const data = nav.userAgentData
  if (!data?.getHighEntropyValues) return null
  try {
    return await data.getHighEntropyValues(HIGH_ENTROPY_HINTS)
  } catch {
    return { mobile: data.mobile, platform: data.platform }
  }
}

export async function environmentInputFromWindow(win: Window): Promise<WindowEnvironmentInput> {
  const nav = win.navigator as NavigatorWithExtras
  const now = new Date()
  const connection = nav.connection
  return {
    userAgent: nav.userAgent,
    uaHints: await readHints(nav),
    languages: nav.languages?.length ? [...nav.languages] : nav.language ? [nav.language] : [],
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
    now,
    timezoneOffset: now.getTimezoneOffset(),
    cookieEnabled: nav.cookieEnabled,
    onLine: nav.onLine,
    connection: connection
      ? { effectiveType: connection.effectiveType, downlink: connection.downlink, rtt: connection.rtt, saveData: connection.saveData }
      : null,
    viewport: { width: win.innerWidth, height: win.innerHeight },
    devicePixelRatio: win.devicePixelRatio || 1,
    outerWidth: win.outerWidth,
    innerWidth: win.innerWidth,
    thirdPartyCookiesBlocked: null
  }
}
