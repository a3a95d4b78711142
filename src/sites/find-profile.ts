import type { SiteProfile } from "~src/sites/profile"

import { hostMatchesPattern, patternSpecificity } from "./host-pattern"

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** Longest matching path prefix, 0 when the profile has none, -1 when it has some but none match. */
function pathPrefixScore(profile: SiteProfile, pathname: string): number {
  if (!profile.pathPrefixes?.length) return 0
  const lower = pathname.toLowerCase()
  let best = -1
  // Portals are inconsistent about case ("/evisa/" vs "/eVisa/"), so prefixes compare case-insensitively.
  for (const prefix of profile.pathPrefixes) {
    if (lower.startsWith(prefix.toLowerCase())) best = Math.max(best, prefix.length)
  }
  return best
}

/**
 * The profile of the site a URL belongs to among the given profiles, or null. Among profiles
 * whose hosts match, the most specific host pattern wins, then the longest path prefix.
 * Takes the profiles as a parameter (no registry import) so the content script can use it
 * with just the profiles of its host.
 */
export function findProfileIn(url: string | URL, profiles: readonly SiteProfile[]): SiteProfile | null {
  const parsed = toUrl(url)
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) return null
  let best: { profile: SiteProfile; host: number; path: number } | null = null
  for (const profile of profiles) {
    const path = pathPrefixScore(profile, parsed.pathname)
    if (path < 0) continue
    for (const pattern of profile.hosts) {
      if (!hostMatchesPattern(parsed.hostname, pattern)) continue
      const host = patternSpecificity(pattern)
      if (!best || host > best.host || (host === best.host && path > best.path)) best = { profile, host, path }
    }
  }
  return best?.profile ?? null
}
