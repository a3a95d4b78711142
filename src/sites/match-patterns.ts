import type { SiteProfile } from "~src/sites/profile"

import { hostMatchesPattern, isWildcardPattern, patternBase } from "./host-pattern"

/**
 * Chrome/Firefox match patterns generated from the profiles' hosts, so the manifest has one
 * source of truth. "*.x.y" becomes "https://*.x.y/*" (which also matches x.y itself); an
 * exact host another profile already covers with a wildcard is left out. Path prefixes are
 * not narrowed here: portals change path case and single-page apps move between paths
 * without a reload, so the content script checks paths itself (findProfile).
 */
function patterns(profiles: readonly SiteProfile[]): string[] {
  const hosts = new Set(profiles.flatMap((p) => p.hosts))
  const wildcards = [...hosts].filter(isWildcardPattern)
  const kept = [...hosts].filter(
    (host) => isWildcardPattern(host) || !wildcards.some((w) => hostMatchesPattern(host, w))
  )
  // A wildcard inside another wildcard ("*.a.x.y" within "*.x.y") is redundant too.
  const minimal = kept.filter(
    (host) => !isWildcardPattern(host) || !wildcards.some((w) => w !== host && hostMatchesPattern(patternBase(host), w))
  )
  return [...new Set(minimal.map((host) => `https://${host}/*`))].sort()
}

export function contentScriptMatches(profiles: readonly SiteProfile[]): string[] {
  return patterns(profiles)
}

export function hostPermissions(profiles: readonly SiteProfile[]): string[] {
  return patterns(profiles)
}
