import browser from "webextension-polyfill"

/**
 * "Clear this site's cache and cookies": only the given origins (the portal's and its
 * gateway's), never the whole browser. Chrome can filter cache by origin; Firefox filters
 * cookies and local storage by hostname only, and cache not at all, so there we clear what
 * can be scoped and say the rest was not cleared.
 */
export interface ClearResult {
  cleared: string[]
  notCleared: string[]
}

export async function clearSiteData(origins: string[]): Promise<ClearResult> {
  const https = origins.filter((o) => /^https:\/\/[^/]+$/.test(o))
  if (https.length === 0) return { cleared: [], notCleared: [] }
  const isFirefox = typeof (globalThis as { browser?: unknown }).browser !== "undefined" && navigator.userAgent.includes("Firefox")
  if (isFirefox) {
    const hostnames = https.map((o) => new URL(o).hostname)
    await browser.browsingData.remove({ hostnames } as browser.BrowsingData.RemovalOptions, { cookies: true, localStorage: true })
    return { cleared: ["cookies", "localStorage"], notCleared: ["cache"] }
  }
  await chrome.browsingData.remove(
    { origins: https as [string, ...string[]] },
    { cache: true, cacheStorage: true, cookies: true, localStorage: true, indexedDB: true, serviceWorkers: true, fileSystems: true }
  )
  return { cleared: ["cache", "cacheStorage", "cookies", "localStorage", "indexedDB", "serviceWorkers"], notCleared: [] }
}
