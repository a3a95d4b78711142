import { describe, expect, it } from "vitest"

import { ReportV1Schema } from "~src/report/schema"

import { collectEnvironment, estimateZoomPercent, utcOffsetMinutes, type EnvironmentInput } from "./collect"
import { parseUserAgent } from "./parse-user-agent"

const CHROME_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
const EDGE_WIN = `${CHROME_WIN} Edg/131.0.0.0`
const FIREFOX_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0"
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
const IE11 = "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"
const WECHAT_ANDROID =
  "Mozilla/5.0 (Linux; Android 13; V2197A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) NetType/WIFI Language/zh_CN"

describe("parseUserAgent", () => {
  it("tells Windows 11 from 10 only with the platformVersion hint", () => {
    expect(parseUserAgent(CHROME_WIN).os).toEqual({ name: "Windows", version: "10" })
    expect(parseUserAgent(CHROME_WIN, { platform: "Windows", platformVersion: "15.0.0" }).os).toEqual({ name: "Windows", version: "11" })
    expect(parseUserAgent(CHROME_WIN, { platform: "Windows", platformVersion: "10.0.0" }).os.version).toBe("10")
  })

  it("takes Chromium's real version from the hints", () => {
    const parsed = parseUserAgent(CHROME_WIN, { fullVersionList: [{ brand: "Google Chrome", version: "131.0.6778.86" }] })
    expect(parsed.browser).toEqual({ name: "chrome", version: "131.0.6778.86", major: 131, engine: "Blink" })
  })

  it.each([
    [EDGE_WIN, "edge", 131, "desktop"],
    [FIREFOX_MAC, "firefox", 133, "desktop"],
    [SAFARI_IPHONE, "safari", 17, "mobile"],
    [IE11, "ie", 11, "desktop"],
    [WECHAT_ANDROID, "wechat", 8, "mobile"]
  ])("names the browser in %s", (ua, name, major, device) => {
    const parsed = parseUserAgent(ua)
    expect(parsed.browser.name).toBe(name)
    expect(parsed.browser.major).toBe(major)
    expect(parsed.device).toBe(device)
  })

  it("survives an empty user agent", () => {
    expect(parseUserAgent("").browser.name).toBe("unknown")
  })
})

describe("collectEnvironment", () => {
  const input: EnvironmentInput = {
    userAgent: CHROME_WIN,
    uaHints: { platform: "Windows", platformVersion: "15.0.0", mobile: false },
    languages: ["zh-CN", "zh", "en"],
    timeZone: "Asia/Shanghai",
    now: new Date("2025-03-12T14:05:09.123Z"),
    cookieEnabled: true,
    onLine: true,
    connection: { effectiveType: "4g", downlink: 10, rtt: 50, saveData: false },
    viewport: { width: 1280, height: 720 },
    devicePixelRatio: 1.25,
    outerWidth: 1296,
    innerWidth: 1280,
    pageErrors: { count: 3, messages: ["TypeError: x is undefined", "Failed for li.wei@example.com"] },
    clockSkewSeconds: -42,
    extensionVersion: "0.1.0",
    thirdPartyCookiesBlocked: true
  }

  it("collects the facts a volunteer needs", () => {
    const facts = collectEnvironment(input)
    expect(facts).toMatchObject({
      browser: { name: "chrome", major: 131 },
      os: { name: "Windows", version: "11" },
      device: "desktop",
      languages: ["zh-CN", "zh", "en"],
      timeZone: "Asia/Shanghai",
      utcOffsetMinutes: 480,
      localTime: "2025-03-12T22:05:09+08:00",
      clockSkewSeconds: -42,
      cookiesEnabled: true,
      thirdPartyCookiesBlocked: true,
      online: true,
      connection: { effectiveType: "4g", downlinkMbps: 10, rttMs: 50, saveData: false },
      viewport: { width: 1280, height: 720, devicePixelRatio: 1.25, zoomPercent: 100 },
      extensionVersion: "0.1.0"
    })
    expect(facts.pageErrors.count).toBe(3)
    expect(facts.pageErrors.messages.join(" ")).not.toContain("li.wei")
  })

  it("fits the report schema", () => {
    const facts = collectEnvironment(input)
    const shape = ReportV1Schema.shape.environment
    expect(shape.safeParse(facts).success).toBe(true)
  })

  it("defaults what the browser did not tell", () => {
    const facts = collectEnvironment({ ...input, connection: undefined, pageErrors: undefined, clockSkewSeconds: undefined, thirdPartyCookiesBlocked: undefined, outerWidth: undefined })
    expect(facts).toMatchObject({ connection: null, pageErrors: { count: 0, messages: [] }, clockSkewSeconds: null, thirdPartyCookiesBlocked: null })
    expect(facts.viewport.zoomPercent).toBeNull()
  })
})

describe("helpers", () => {
  it.each([
    [1296, 1280, 100],
    [1296, 1037, 125],
    [1296, 648, 200],
    [1296, 1440, 90],
    [1600, 1000, null],
    [0, 1280, null]
  ])("zoom from outer %i / inner %i → %s", (outer, inner, zoom) => {
    expect(estimateZoomPercent(outer, inner)).toBe(zoom)
  })

  it("computes offsets, including half hours and daylight saving", () => {
    expect(utcOffsetMinutes("Asia/Kolkata", new Date("2025-03-12T00:00:00Z"))).toBe(330)
    expect(utcOffsetMinutes("America/New_York", new Date("2025-07-01T00:00:00Z"))).toBe(-240)
    expect(utcOffsetMinutes("UTC", new Date())).toBe(0)
    expect(utcOffsetMinutes("Not/AZone", new Date(), -480)).toBe(480)
  })
})
