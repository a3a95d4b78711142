import browser from "webextension-polyfill"

import { classifyNetError } from "~src/network/classify"
import { clockSkewFromDateHeader } from "~src/network/clock-skew"
import { toNetworkUrl } from "~src/network/request-url"
import { TabNetworkLog } from "~src/network/tab-log"
import type { Message } from "~src/messaging/protocol"
import type { NetworkEvent } from "~src/network/types"
import { hostPermissions } from "~src/sites/match-patterns"
import { ALL_PROFILES } from "~src/sites/all-profiles"

/**
 * Watches, passively, the requests of known portal and gateway hosts: failures
 * (blocked by an ad blocker, DNS, connection, timeout, certificate) and HTTP ≥ 400 answers.
 * No request is made or changed. Kept per tab, the last 50, dropped when the tab closes.
 */
export const networkLog = new TabNetworkLog()
const clockSkewByTab = new Map<number, number>()

export function clockSkewFor(tabId: number): number | null {
  return clockSkewByTab.get(tabId) ?? null
}

export function startNetworkWatch(): void {
  const urls = hostPermissions(ALL_PROFILES)
  const filter = { urls }

  browser.webRequest.onErrorOccurred.addListener((details) => {
    if (details.tabId < 0) return
    const kind = classifyNetError(details.error)
    // A navigation away cancels pending requests: not evidence of anything.
    if (kind === "aborted") return
    record(details.tabId, {
      ...toNetworkUrl(details.url),
      kind,
      error: details.error,
      resourceType: details.type,
      time: new Date().toISOString()
    })
  }, filter)

  browser.webRequest.onCompleted.addListener(
    (details) => {
      if (details.tabId < 0) return
      if (details.type === "main_frame") noteClock(details.tabId, details.responseHeaders)
      if (details.statusCode < 400) return
      record(details.tabId, {
        ...toNetworkUrl(details.url),
        kind: "http",
        status: details.statusCode,
        resourceType: details.type,
        time: new Date().toISOString()
      })
    },
    filter,
    ["responseHeaders"]
  )

  browser.tabs.onRemoved.addListener((tabId) => {
    networkLog.clear(tabId)
    clockSkewByTab.delete(tabId)
  })
}

const pendingPush = new Map<number, ReturnType<typeof setTimeout>>()

function record(tabId: number, event: NetworkEvent): void {
  networkLog.add(tabId, event)
  // Tell the tab's panel, at most every 200 ms: a blocked gateway often fails many requests at once.
  if (pendingPush.has(tabId)) return
  pendingPush.set(
    tabId,
    setTimeout(() => {
      pendingPush.delete(tabId)
      const message: Message = { type: "tab-network", network: networkLog.list(tabId) }
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined)
    }, 200)
  )
}

function noteClock(tabId: number, headers: { name: string; value?: string }[] | undefined): void {
  const date = headers?.find((h) => h.name.toLowerCase() === "date")?.value
  if (!date) return
  const skew = clockSkewFromDateHeader(date, Date.now())
  if (skew !== null) clockSkewByTab.set(tabId, skew)
}
