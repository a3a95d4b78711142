import { describe, expect, it } from "vitest"

import { normalizeErrorText } from "./normalize-text"

describe("normalizeErrorText", () => {
  it("folds Taiwanese wording to the Simplified words patterns are written in", () => {
    // "連線階段" is a session, not a network connection: it must not become "连接阶段".
    expect(normalizeErrorText("連線階段已逾時")).toBe("会话已超时")
    expect(normalizeErrorText("網路連線中斷，請重新整理")).toBe("网络连接中断,请刷新")
    expect(normalizeErrorText("交易未獲授權")).toBe("交易未获授权")
    expect(normalizeErrorText("伺服器錯誤")).toBe("服务器错误")
  })

  it("keeps the Taiwanese debit-card names apart from credit cards", () => {
    expect(normalizeErrorText("不接受簽帳金融卡")).toBe("不接受借记卡")
    expect(normalizeErrorText("金融卡")).toBe("借记卡")
  })

  it("lower-cases full-width letters and collapses whitespace", () => {
    expect(normalizeErrorText("  ＣＡＲＤ   Declined ")).toBe("card declined")
  })
})
