import { describe, expect, it } from "vitest"

import { addProfile, emptyTimes, type CpuProfile } from "../../scripts/bench/cpu-profile"

const page = "https://portal.example/app.js"
const ours = "chrome-extension://abc/sidepanel.js"

/** root → page's handler → our render → our format; root → our idle work; root → page's own work. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: "(root)", url: "", lineNumber: -1 }, children: [2, 5, 6] },
    { id: 2, callFrame: { functionName: "onClick", url: page, lineNumber: 9 }, children: [3] },
    { id: 3, callFrame: { functionName: "render", url: ours, lineNumber: 99 }, children: [4] },
    { id: 4, callFrame: { functionName: "format", url: ours, lineNumber: 199 } },
    { id: 5, callFrame: { functionName: "", url: ours, lineNumber: 0 } },
    { id: 6, callFrame: { functionName: "layout", url: page, lineNumber: 4 } }
  ],
  // Each sample's time is the gap to the next one (µs); the last sample has none.
  samples: [4, 3, 5, 6, 4],
  timeDeltas: [0, 2000, 1000, 500, 4000]
}

describe("CPU profile sums", () => {
  it("counts only samples with our code on the stack, from our first frame down", () => {
    const times = emptyTimes()
    addProfile(profile, times)
    // format 2 ms + render 1 ms + our anonymous 0.5 ms; the page's layout (4 ms) and handler are not ours.
    expect(times.ours).toBeCloseTo(3.5)
    expect(times.inclusive.get("render sidepanel.js:100")).toBeCloseTo(3)
    expect(times.inclusive.get("format sidepanel.js:200")).toBeCloseTo(2)
    expect(times.inclusive.has("onClick app.js:10")).toBe(false)
    expect(times.self.get("format sidepanel.js:200")).toBeCloseTo(2)
    expect(times.self.get("render sidepanel.js:100")).toBeCloseTo(1)
    expect(times.self.get("(anonymous) sidepanel.js:1")).toBeCloseTo(0.5)
  })

  it("adds profiles together and counts a recursive function once per sample", () => {
    const recursive: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: "diff", url: ours, lineNumber: 0 }, children: [2] },
        { id: 2, callFrame: { functionName: "diff", url: ours, lineNumber: 0 } }
      ],
      samples: [2, 2],
      timeDeltas: [0, 1000]
    }
    const times = emptyTimes()
    addProfile(recursive, times)
    addProfile(recursive, times)
    expect(times.ours).toBeCloseTo(2)
    expect(times.inclusive.get("diff sidepanel.js:1")).toBeCloseTo(2)
  })
})
