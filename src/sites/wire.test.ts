import { describe, expect, it } from "vitest"

import { GENERIC_PROFILE, PROFILES } from "./index"
import { profileFromWire, profileToWire } from "./wire"

describe("profiles on the wire", () => {
  it("every profile survives JSON (as extension messages carry it) with its URL rules intact", () => {
    for (const profile of [...PROFILES, GENERIC_PROFILE]) {
      const back = profileFromWire(JSON.parse(JSON.stringify(profileToWire(profile))))
      expect(back.id).toBe(profile.id)
      expect(back.steps.map((r) => r.url?.map(String))).toEqual(profile.steps.map((r) => r.url?.map(String)))
      expect(back.hosts).toEqual(profile.hosts)
      for (const rule of back.steps) for (const re of rule.url ?? []) expect(re).toBeInstanceOf(RegExp)
    }
  })
  it("drops a pattern that does not compile instead of throwing", () => {
    const wire = profileToWire(PROFILES[0])
    wire.steps[0] = { ...wire.steps[0], url: [{ source: "(", flags: "" }, { source: "^/ok", flags: "i" }] }
    const back = profileFromWire(wire)
    expect(back.steps[0].url?.map(String)).toEqual(["/^\\/ok/i"])
  })
})
