import { describe, expect, it } from "vitest"

import { parseExtraFiles, parseSeeds } from "../../scripts/seed-spread"
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
})
