import type { SiteProfile, StepRule } from "~src/sites/profile"

/**
 * Site profiles as they travel from the background to a content script. Extension messages
 * are JSON, which drops RegExp objects, so URL rules travel as source + flags. Sending the
 * content script only the profiles of its own host keeps the other ~30 profiles (and their
 * prose) out of the page.
 */
export interface WireRegExp {
  source: string
  flags: string
}

export type WireStepRule = Omit<StepRule, "url"> & { url?: WireRegExp[] }
export type WireProfile = Omit<SiteProfile, "steps"> & { steps: WireStepRule[] }

export function profileToWire(profile: SiteProfile): WireProfile {
  return {
    ...profile,
    steps: profile.steps.map((rule) => ({
      ...rule,
      url: rule.url?.map((re) => ({ source: re.source, flags: re.flags }))
    }))
  }
}

/** Rebuilds a profile; a rule whose pattern does not compile is dropped, never thrown. */
export function profileFromWire(wire: WireProfile): SiteProfile {
  return {
    ...wire,
    steps: wire.steps.map((rule) => ({
      ...rule,
      url: rule.url?.flatMap((re) => {
        try {
          return [new RegExp(re.source, re.flags)]
        } catch {
          return []
        }
      })
    }))
  }
}
