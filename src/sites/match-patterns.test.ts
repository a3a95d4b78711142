import { describe, expect, it } from "vitest"

import { ALL_PROFILES } from "./all-profiles"
import { GENERIC_PROFILE } from "./generic"
import { contentScriptMatches, hostPermissions } from "./match-patterns"
import type { SiteProfile } from "./profile"

const make = (hosts: string[]): SiteProfile => ({ ...GENERIC_PROFILE, hosts })

describe("match patterns", () => {
  it("turns host patterns into sorted, deduplicated https match patterns", () => {
    const profiles = [make(["b.example.com", "*.pay.example.net"]), make(["a.example.com", "b.example.com"])]
    expect(contentScriptMatches(profiles)).toEqual(["https://*.pay.example.net/*", "https://a.example.com/*", "https://b.example.com/*"])
  })

  it("leaves out hosts a wildcard already covers", () => {
    const profiles = [make(["*.example.com"]), make(["pay.example.com", "example.com", "*.secure.example.com"])]
    expect(hostPermissions(profiles)).toEqual(["https://*.example.com/*"])
  })

  it("covers every real profile host, and nothing else", () => {
    const matches = contentScriptMatches(ALL_PROFILES)
    expect(matches).toContain("https://indianvisaonline.gov.in/*")
    expect(matches).not.toContain("<all_urls>")
    for (const m of matches) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/)
    expect(hostPermissions(ALL_PROFILES)).toEqual(matches)
  })
})
