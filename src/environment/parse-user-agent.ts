import Bowser from "bowser"

import type { EnvironmentFacts } from "./types"

/** The high-entropy User-Agent Client Hints we ask for (Chromium browsers only). */
export interface UserAgentHints {
  brands?: { brand: string; version: string }[]
  fullVersionList?: { brand: string; version: string }[]
  mobile?: boolean
  platform?: string
  platformVersion?: string
  model?: string
  architecture?: string
}

export type ParsedUserAgent = Pick<EnvironmentFacts, "browser" | "os" | "device">

/** Our browser ids; BrowserSupport in site profiles uses the same names. */
const BROWSER_IDS: Record<string, string> = {
  Chrome: "chrome",
  Chromium: "chromium",
  "Microsoft Edge": "edge",
  Firefox: "firefox",
  Safari: "safari",
  Opera: "opera",
  "Samsung Internet for Android": "samsung",
  "Internet Explorer": "ie",
  "QQ Browser": "qq",
  "QQ Browser Lite": "qq",
  "UC Browser": "uc",
  "Yandex Browser": "yandex",
  WeChat: "wechat",
  Vivaldi: "vivaldi",
  "Brave": "brave"
}

/** Client-hint brand names of the browsers whose full version we take from the hints. */
const HINT_BRANDS: Record<string, string> = { chrome: "Google Chrome", edge: "Microsoft Edge", opera: "Opera", chromium: "Chromium" }

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "unknown"
}

function major(version: string): number | null {
  const n = Number.parseInt(version, 10)
  return Number.isFinite(n) ? n : null
}

/**
 * Windows reports "Windows NT 10.0" for both 10 and 11 in the UA string; only the
 * platformVersion client hint tells them apart (13 and above is Windows 11).
 * https://learn.microsoft.com/en-us/microsoft-edge/web-platform/how-to-detect-win11
 */
function windowsVersion(platformVersion: string): string | null {
  const [maj, min] = platformVersion.split(".").map((p) => Number.parseInt(p, 10))
  if (!Number.isFinite(maj)) return null
  if (maj >= 13) return "11"
  if (maj >= 1) return "10"
  return { 1: "7", 2: "8", 3: "8.1" }[min] ?? null
}

function osFrom(parsed: Bowser.Parser.ParsedResult, hints: UserAgentHints | undefined): ParsedUserAgent["os"] {
  const name = parsed.os.name ?? "unknown"
  // Apple's UA strings write versions with underscores ("Mac OS X 10_15_7").
  let version = (parsed.os.versionName ?? parsed.os.version ?? "").replace(/_/g, ".")
  const platformVersion = hints?.platformVersion
  if (platformVersion) {
    if (name === "Windows" && hints?.platform === "Windows") version = windowsVersion(platformVersion) ?? version
    else if ((name === "macOS" || name === "Android") && platformVersion !== "0.0.0") version = platformVersion.replace(/(\.0)+$/, "")
  }
  return { name, version: version.slice(0, 40) }
}

function deviceFrom(parsed: Bowser.Parser.ParsedResult, hints: UserAgentHints | undefined): ParsedUserAgent["device"] {
  if (hints?.mobile === true) return "mobile"
  const type = parsed.platform.type
  return type === "desktop" || type === "mobile" || type === "tablet" ? type : "unknown"
}

const EMPTY: Bowser.Parser.ParsedResult = { browser: {}, os: {}, platform: {}, engine: {} }

function parse(userAgent: string): Bowser.Parser.ParsedResult {
  try {
    return userAgent ? Bowser.parse(userAgent) : EMPTY
  } catch {
    return EMPTY // bowser throws on an empty string; a report must still be possible
  }
}

export function parseUserAgent(userAgent: string, hints?: UserAgentHints | null): ParsedUserAgent {
  const parsed = parse(userAgent)
  const bowserName = parsed.browser.name ?? ""
  const name = BROWSER_IDS[bowserName] ?? (bowserName ? slug(bowserName) : "unknown")
  let version = parsed.browser.version ?? ""
  // The UA string freezes Chromium's minor versions ("120.0.0.0"); the hint has the real one.
  const hintBrand = HINT_BRANDS[name]
  const fromHints = hints?.fullVersionList?.find((b) => b.brand === hintBrand)?.version
  if (fromHints) version = fromHints
  return {
    browser: { name, version: version.slice(0, 40), major: major(version), engine: (parsed.engine.name ?? "unknown").slice(0, 40) },
    os: osFrom(parsed, hints ?? undefined),
    device: deviceFrom(parsed, hints ?? undefined)
  }
}
