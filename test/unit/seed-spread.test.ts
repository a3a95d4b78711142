import { describe, expect, it } from "vitest"

import type { PipelineFigures } from "../../scripts/cv-diagnosis"
import { pairedSummary, parseExtraFiles, parseSeeds } from "../../scripts/seed-spread"
import { SEED } from "../../scripts/train-recognizer"

describe("seeds:diagnosis arguments", () => {
  it("defaults to the committed seed and two others", () => {
    expect(parseSeeds([])).toEqual([SEED, 11, 23])
  })

  it("takes a comma-separated list", () => {
    expect(parseSeeds(["--seeds", "1,2,30"])).toEqual([1, 2, 30])
    expect(parseSeeds(["--dev", "--seeds", "7"])).toEqual([7])
  })

  it("says what is wrong with a bad list instead of training with it", () => {
    expect(parseSeeds(["--seeds", "1,x"])).toMatch(/whole numbers/)
    expect(parseSeeds(["--seeds"])).toMatch(/whole numbers/)
    expect(parseSeeds(["--seeds", "-3"])).toMatch(/whole numbers/)
    expect(parseSeeds(["--seeds", "1.5"])).toMatch(/whole numbers/)
  })

  it("takes every --extra file, in order, and refuses a flag without one", () => {
    expect(parseExtraFiles(["--seeds", "7", "--dev"])).toEqual([])
    expect(parseExtraFiles(["--extra", "a.jsonl", "--dev", "--extra", "b.jsonl"])).toEqual(["a.jsonl", "b.jsonl"])
    expect(parseExtraFiles(["--extra"])).toMatch(/wants a file/)
    expect(parseExtraFiles(["--extra", "--dev"])).toMatch(/wants a file/)
  })

  it("--paired prints what the extra lines changed, seed by seed, and at how many seeds top-1 rose", () => {
    const figures = (top1: number, silent: number, alarms: number): PipelineFigures => ({ certainErrorLines: 1000, top1, top1Zh: top1, top1En: top1, noDiagnosisRate: silent, falseAlarmRate: alarms })
    const lines = pairedSummary([1, 2], [figures(0.8, 0.12, 0.1), figures(0.81, 0.11, 0.1)], [figures(0.812, 0.118, 0.103), figures(0.806, 0.11, 0.125)])
    expect(lines).toEqual([
      "seed 1: top-1 +1.2 · no diagnosis −0.2 · false alarms +0.3 points with the extra lines",
      "seed 2: top-1 −0.4 · no diagnosis +0.0 · false alarms +2.5 points with the extra lines",
      "with the extra lines: top-1 higher at 1 of 2 seeds; mean top-1 +0.4, no diagnosis −0.1, false alarms +1.4 points"
    ])
  })
})
