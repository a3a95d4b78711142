import { describe, expect, it } from "vitest"

import { classifyNetError } from "./classify"
import { clockSkewFromDateHeader } from "./clock-skew"
import { toNetworkUrl } from "./request-url"
import { TabNetworkLog } from "./tab-log"
import type { NetworkEvent } from "./types"

describe("classifyNetError", () => {
  it.each([
    ["net::ERR_BLOCKED_BY_CLIENT", "blocked-by-client"],
    ["net::ERR_BLOCKED_BY_ADMINISTRATOR", "blocked-by-client"],
    ["NS_ERROR_TRACKING_URI", "blocked-by-client"],
    ["net::ERR_NAME_NOT_RESOLVED", "dns"],
    ["NS_ERROR_UNKNOWN_HOST", "dns"],
    ["net::ERR_CONNECTION_RESET", "connection"],
    ["net::ERR_CONNECTION_REFUSED", "connection"],
    ["net::ERR_INTERNET_DISCONNECTED", "connection"],
    ["NS_ERROR_NET_RESET", "connection"],
    ["net::ERR_TIMED_OUT", "timeout"],
    ["net::ERR_CONNECTION_TIMED_OUT", "timeout"],
    ["NS_ERROR_NET_TIMEOUT", "timeout"],
    ["net::ERR_CERT_DATE_INVALID", "certificate"],
    ["net::ERR_SSL_PROTOCOL_ERROR", "certificate"],
    ["SEC_ERROR_EXPIRED_CERTIFICATE", "certificate"],
    ["net::ERR_ABORTED", "aborted"],
    ["NS_BINDING_ABORTED", "aborted"],
    ["net::ERR_FAILED", "other"],
    ["", "other"]
  ])("%s → %s", (error, kind) => {
    expect(classifyNetError(error)).toBe(kind)
  })
})

describe("TabNetworkLog", () => {
  const event = (path: string): NetworkEvent => ({ origin: "https://pay.example.com", path, kind: "http", status: 500, time: "2025-03-12T08:00:00Z" })

  it("keeps the last 50 per tab, separately, and forgets a closed tab", () => {
    const log = new TabNetworkLog()
    for (let i = 0; i < 60; i++) log.add(1, event(`/r${i}`))
    log.add(2, event("/other"))
    expect(log.list(1)).toHaveLength(50)
    expect(log.list(1)[0].path).toBe("/r10")
    expect(log.list(2).map((e) => e.path)).toEqual(["/other"])
    log.clear(1)
    expect(log.list(1)).toEqual([])
    expect(log.list(3)).toEqual([])
  })

  it("hands out copies", () => {
    const log = new TabNetworkLog()
    log.add(1, event("/a"))
    log.list(1).pop()
    expect(log.list(1)).toHaveLength(1)
  })
})

describe("toNetworkUrl", () => {
  it("drops the query string and fragment", () => {
    expect(toNetworkUrl("https://pay.example.com/api/pay?card=4111&email=a@b.c#frag")).toEqual({ origin: "https://pay.example.com", path: "/api/pay" })
    expect(toNetworkUrl("not a url")).toEqual({ origin: "", path: "" })
  })
})

describe("clockSkewFromDateHeader", () => {
  const server = Date.parse("Wed, 12 Mar 2025 08:00:00 GMT")
  it("says how far the local clock is off", () => {
    expect(clockSkewFromDateHeader("Wed, 12 Mar 2025 08:00:00 GMT", server + 300_000)).toBe(300)
    expect(clockSkewFromDateHeader("Wed, 12 Mar 2025 08:00:00 GMT", server - 90_000)).toBe(-90)
  })
  it("treats header resolution and latency as no skew", () => {
    expect(clockSkewFromDateHeader("Wed, 12 Mar 2025 08:00:00 GMT", server + 900)).toBe(0)
  })
  it("returns null for missing or broken headers", () => {
    expect(clockSkewFromDateHeader("", server)).toBeNull()
    expect(clockSkewFromDateHeader("yesterday-ish", server)).toBeNull()
  })
})
