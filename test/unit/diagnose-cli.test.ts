import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

import { describe, expect, it } from "vitest"

import { diagnose, evidenceFromPage } from "~src/diagnosis/index"
import { ReportV1Schema } from "~src/report/schema"
import { pageStateForHtml, pageStateForText, parseArgs, reportFor, runJsonl, UsageError } from "../../scripts/diagnose"

const now = new Date("2025-03-01T10:00:00Z")

describe("workbench diagnose", () => {
  it("parses the documented forms", () => {
    expect(parseArgs(["--text", "declined", "--json"])).toMatchObject({ mode: "text", text: "declined", json: true, lang: "en" })
    expect(parseArgs(["page.html", "--url", "https://x.test/", "--lang", "zh-CN"])).toMatchObject({ mode: "html", file: "page.html", lang: "zh-CN" })
    expect(parseArgs(["--jsonl", "-"])).toMatchObject({ mode: "jsonl", file: "-" })
  })

  it("rejects bad usage", () => {
    for (const argv of [["--nope"], [], ["--text"], ["--lang", "fr", "--text", "x"], ["page.html"], ["--text", "x", "page.html"]]) {
      expect(() => parseArgs(argv), argv.join(" ")).toThrow(UsageError)
    }
  })

  it("builds a valid Report v1 for a message, most likely cause first", () => {
    const en = reportFor(pageStateForText("Your card was declined: international transactions are not enabled", new URL("https://unknown.invalid/"), now), "en", now)
    expect(ReportV1Schema.safeParse(en).success).toBe(true)
    expect(en.diagnosis[0].category).toBe("bank-restriction")
    const zh = reportFor(pageStateForText("交易失败：您的卡未开通境外支付功能", new URL("https://unknown.invalid/"), now), "zh-CN", now)
    expect(zh.diagnosis[0].category).toBe("bank-restriction")
  })

  it("reads a saved page", () => {
    const html = `<!doctype html><html><body><h1>Payment</h1><label>Card number <input autocomplete="cc-number"></label><div role="alert">余额不足，支付失败</div></body></html>`
    const state = pageStateForHtml(html, new URL("https://pay.example.com/checkout"), now)
    const report = reportFor(state, "zh-CN", now)
    expect(ReportV1Schema.safeParse(report).success).toBe(true)
    expect(report.diagnosis[0].cause).toBe("insufficient-funds")
  })

  it("keeps JSON Lines in order and reports a bad line without losing the others", () => {
    const { lines, errors } = runJsonl('{"text":"Insufficient funds"}\nnot json\n{"nope":1}\n{"text":"系统繁忙"}\n', "en", now)
    expect(lines).toHaveLength(4)
    expect(JSON.parse(lines[0]).diagnosis[0].cause).toBe("insufficient-funds")
    expect(JSON.parse(lines[1])).toEqual({ error: "not valid JSON", line: 2 })
    expect(JSON.parse(lines[2]).line).toBe(3)
    expect(JSON.parse(lines[3]).diagnosis[0].cause).toBe("peak-time-load")
    expect(errors).toHaveLength(2)
  })

  it("runs over the whole corpus without an error line", () => {
    const corpus = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../corpus/errors.jsonl"), "utf8")
    const { lines, errors } = runJsonl(corpus, "en", now)
    expect(errors).toEqual([])
    for (const line of lines.slice(0, 50)) expect(ReportV1Schema.safeParse(JSON.parse(line)).success).toBe(true)
  })

  it("answers as the extension does, the recognizer included: --text, --jsonl and a saved page", () => {
    // Wording the rules alone missed (issue 12), where the recognizer decides.
    const texts = ["Enter a valid expiry date", "不支持此卡片类型", "Unsupported card type", "月累计交易笔数(金额)超限"]
    const url = new URL("https://unknown.invalid/")
    const jsonl = runJsonl(texts.map((text) => JSON.stringify({ text })).join("\n"), "en", now).lines.map((line) => JSON.parse(line) as { diagnosis: { cause: string; category: string }[] })
    texts.forEach((text, i) => {
      // The background's call: diagnose(evidenceFromPage(pageState, facts)).
      const extension = diagnose(evidenceFromPage(pageStateForText(text, url, now), { now: now.toISOString() }))
      expect(extension.length, text).toBeGreaterThan(0)
      const cli = reportFor(pageStateForText(text, url, now), "en", now)
      expect(cli.diagnosis.map((d) => d.cause), text).toEqual(extension.map((d) => d.cause))
      expect(jsonl[i]!.diagnosis.map((d) => d.cause), text).toEqual(extension.map((d) => d.cause))
      const page = pageStateForHtml(`<!doctype html><html><body><div role="alert">${text}</div></body></html>`, url, now)
      expect(reportFor(page, "en", now).diagnosis.map((d) => d.category)[0], text).toBe(diagnose(evidenceFromPage(page, { now: now.toISOString() }))[0]?.category)
    })
  })
})
