import { describe, expect, it } from "vitest"

import type { Catalogue } from "./catalogue"

const modules = import.meta.glob<{ messages: Catalogue }>("/src/**/messages.ts", { eager: true })

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("message catalogues: zh-CN and en parity", () => {
  it("finds the catalogues", () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0)
  })
  for (const [file, mod] of Object.entries(modules)) {
    describe(file, () => {
      it("exports a catalogue", () => expect(mod.messages).toBeTruthy())
      it("has the same keys in both languages", () => {
        expect(Object.keys(mod.messages.en).sort()).toEqual(Object.keys(mod.messages["zh-CN"]).sort())
      })
      it("has no empty text and the same placeholders", () => {
        for (const key of Object.keys(mod.messages["zh-CN"])) {
          const zh = mod.messages["zh-CN"][key]
          const en = mod.messages.en[key]
          expect(zh.trim(), `${key} zh-CN`).not.toBe("")
          expect(en.trim(), `${key} en`).not.toBe("")
          expect(placeholders(en), key).toEqual(placeholders(zh))
        }
      })
      it("zh-CN texts are Chinese", () => {
        for (const [key, zh] of Object.entries(mod.messages["zh-CN"])) {
          // Brand names alone ("Visa", "PayPal") may stay as they are.
          if (/^[\w\s.&()\-/:+%{}…]+$/.test(zh) && zh === mod.messages.en[key]) continue
          expect(/[\u4e00-\u9fff]/.test(zh), `${key}: ${zh}`).toBe(true)
        }
      })
    })
  }
})
