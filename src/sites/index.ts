import type { SiteProfile } from "~src/sites/profile"

import { ALL_PROFILES } from "./all-profiles"
import { GENERIC_PROFILE } from "./generic"
import { findProfileIn } from "./find-profile"
import { hostMatchesPattern } from "./host-pattern"

/** The site registry. No zod here: the content script imports it (schema.ts is for tests). */
export const PROFILES: readonly SiteProfile[] = ALL_PROFILES
export { GENERIC_PROFILE }

const BY_ID = new Map<string, SiteProfile>([...PROFILES, GENERIC_PROFILE].map((p) => [p.id, p]))

export function getProfile(id: string): SiteProfile | null {
  return BY_ID.get(id) ?? null
}

/**
 * The profile of the site a URL belongs to, or null (the caller then uses the generic
 * rules). See findProfileIn for how a profile is chosen.
 */
export function findProfile(url: string | URL, profiles: readonly SiteProfile[] = PROFILES): SiteProfile | null {
  return findProfileIn(url, profiles)
}

/** The profiles that could apply somewhere on this host (any path): what a content script needs. */
export function profilesForHost(hostname: string): SiteProfile[] {
  return PROFILES.filter((profile) => profile.hosts.some((pattern) => hostMatchesPattern(hostname, pattern)))
}
