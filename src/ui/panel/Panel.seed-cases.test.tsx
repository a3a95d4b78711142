import { afterEach, describe, expect, it, vi } from "vitest"

import { AUSTRALIA, US_PORTAL, makeActions, makeModel, renderPanel, type RenderedPanel } from "./panel-test-fixtures"

let panel: RenderedPanel | undefined
afterEach(() => panel?.unmount())

const note = (id: string, text?: string) => ({ kind: "text" as const, id, params: text ? { text } : undefined })

describe("seed case 5.1 — bank restriction (Australia, Visa, declined)", () => {
  const model = (locale: "zh-CN" | "en") =>
    makeModel({
      locale,
      step: "confirmation",
      errorTexts: ["交易被拒绝 Transaction declined"],
      answers: { paymentMethod: "visa" },
      diagnosis: [
        { cause: "international-payments-off", category: "bank-restriction", confidence: 0.82, evidence: [note("page-said", "交易被拒绝")], fixes: ["enable-overseas-payments", "wait-before-retry"] }
      ]
    })

  it("zh-CN: site, step, quoted error, plain reading, kind tone, fix steps", () => {
    panel = renderPanel(model("zh-CN"))
    const text = panel.text()
    expect(text).toContain("澳大利亚移民局 ImmiAccount")
    expect(text).toContain("第 6 步：确认付款")
    expect(panel.container.querySelector("blockquote")?.textContent).toBe("交易被拒绝 Transaction declined")
    expect(text).toContain("别担心，这种情况很常见。我们一步一步来。")
    expect(text).toContain("您的银行拦下了这笔境外付款")
    expect(text).toContain("这张卡没有开通境外支付")
    expect(text).toContain("依据：page-said “交易被拒绝”")
    expect(text).toContain("打开银行 App，找到“境外支付”设置")
    expect(text).toContain("需要联系银行")
    expect(text).toContain("还是不行？复制报告发给志愿者")
    // Applicants never see technical words or percentages.
    expect(text).not.toContain("ISO 8583")
    expect(text).not.toContain("%")
  })

  it("en: the same in English, and the card checklist says this portal takes Visa", async () => {
    panel = renderPanel(model("en"))
    expect(panel.text()).toContain("Step 6: Confirm the payment")
    expect(panel.text()).toContain("Don't worry — this happens a lot.")
    await panel.click(panel.button("Check your card settings"))
    expect(panel.text()).toContain("This site takes Visa")
    expect(panel.text()).toContain("Overseas (international) online payments are switched on")
    expect(panel.text()).toContain("The fee is charged in AUD")
  })

  it("names PayPal as a backup, since this portal takes it", () => {
    panel = renderPanel(model("en"))
    expect(panel.container.querySelector('[data-evph="backup-methods"]')?.textContent).toContain("this site also takes PayPal")
    panel.unmount()
    panel = renderPanel(model("zh-CN"))
    expect(panel.text()).toContain("这个网站也接受 PayPal。如果银行一时解决不了")
  })

  it("marks the current step in the stepper for assistive technology", () => {
    panel = renderPanel(model("zh-CN"))
    const current = panel.container.querySelector('[aria-current="step"]')
    expect(current?.textContent).toContain("确认付款")
    expect(panel.container.querySelectorAll(".evph-stepper-item")).toHaveLength(7)
  })
})

describe("seed case 5.3 / 2.2 — SMS code not received, virtual number", () => {
  const model = (locale: "zh-CN" | "en") =>
    makeModel({
      locale,
      step: "verification",
      errorTexts: ["Verification failed. Please try again."],
      answers: { codeReceived: "no", virtualPhone: true },
      diagnosis: [{ cause: "virtual-phone-number", category: "verification-failed", confidence: 0.7, evidence: [], fixes: ["use-real-name-phone"] }]
    })

  it("zh-CN: explains the virtual number and asks about the bank's phone number", () => {
    panel = renderPanel(model("zh-CN"))
    const text = panel.text()
    expect(text).toContain("第 5 步：银行安全验证")
    expect(text).toContain("银行只把验证码发到实名登记的手机号")
    expect(text).toContain("接收验证码的手机号，和您在银行登记的是同一个吗？")
    // The answer given so far is shown as chosen: not a real-name number.
    const group = panel.container.querySelector('[aria-label="这个号码是运营商的实名手机号吗？（不是虚拟号码或网络电话号码）"]')
    expect(group?.querySelector('[aria-pressed="true"]')?.textContent).toBe("不是")
    expect(text).not.toContain("3DS")
  })

  it("en: answering the phone question reports the answer to the controller", async () => {
    panel = renderPanel(model("en"))
    const group = panel.container.querySelector('[aria-label="Is the phone number that gets the code the same one your bank has on file?"]')!
    await panel.click(group.querySelector("button")!) // "Yes"
    expect(panel.actions.answer).toHaveBeenCalledWith({ phoneDiffersFromBank: false })
    expect(panel.text()).toContain("Thanks, noted.")
  })
})

describe("seed case 2.3 — page stuck, stale cache", () => {
  const model = (locale: "zh-CN" | "en") =>
    makeModel({
      locale,
      step: "card-entry",
      errorTexts: ["The page is not responding"],
      environment: { browser: { name: "Chrome", version: "131.0", major: 131, engine: "Blink" }, timeZone: "Asia/Shanghai" },
      diagnosis: [{ cause: "stale-cache", category: "browser-problem", confidence: 0.6, evidence: [], fixes: ["clear-site-cache"] }]
    })

  it("zh-CN: clearing site data warns first and needs an explicit confirm", async () => {
    const actions = makeActions({ runAction: vi.fn(async () => ({ ok: true, messageId: "action-cleared" })) })
    panel = renderPanel(model("zh-CN"), actions)
    await panel.click(panel.button("清除这个网站的缓存和 Cookie"))
    expect(panel.text()).toContain("清除后您会被退出登录")
    expect(panel.text()).toContain("请先把申请编号记下来")
    expect(actions.runAction).not.toHaveBeenCalled()
    await panel.click(panel.button("我已记下申请编号，现在清除"))
    expect(actions.runAction).toHaveBeenCalledWith("clear-site-data", { fix: "clear-site-cache" })
    expect(panel.text()).toContain("已清除这个网站的缓存和 Cookie。请刷新页面")
  })

  it("en: cancelling does nothing; a failed action shows the manual way", async () => {
    const actions = makeActions({ runAction: vi.fn(async () => ({ ok: false, messageId: "no-such-message" })) })
    panel = renderPanel(model("en"), actions)
    await panel.click(panel.button("Clear this site's cache and cookies"))
    await panel.click(panel.button("Not now"))
    expect(actions.runAction).not.toHaveBeenCalled()
    expect(panel.text()).not.toContain("This will sign you out")
    await panel.click(panel.button("Clear this site's cache and cookies"))
    await panel.click(panel.button("Clear this site's cache and cookies")) // toggle closed and open again
    await panel.click(panel.button("clear now"))
    expect(panel.text()).toContain("That couldn't be done automatically.")
  })
})

describe("seed case 2.4 — PayPal on a US portal that does not take it", () => {
  const model = (locale: "zh-CN" | "en") =>
    makeModel({
      locale,
      profile: US_PORTAL,
      step: "payment-method",
      errorTexts: ["This payment method is not available."],
      answers: { paymentMethod: "paypal" },
      diagnosis: [{ cause: "method-not-accepted-here", category: "method-not-accepted", confidence: 0.9, evidence: [], fixes: ["use-credit-card-instead"] }]
    })

  it("zh-CN: lists what the portal takes and that it does not take PayPal", async () => {
    panel = renderPanel(model("zh-CN"))
    expect(panel.text()).toContain("美国签证缴费")
    await panel.click(panel.button("这个网站接受哪些付款方式"))
    expect(panel.text()).toContain("这个网站接受：Visa、万事达卡 (Mastercard)、美国运通 (American Express)、Discover")
    expect(panel.text()).toContain("不接受：PayPal")
    // The chosen method is shown as chosen.
    const chosen = [...panel.container.querySelectorAll('.evph-chip[aria-pressed="true"]')].map((chip) => chip.textContent)
    expect(chosen).toContain("PayPal")
  })

  it("en: picking another method tells the controller", async () => {
    panel = renderPanel(model("en"))
    await panel.click(panel.button(/^ Visa$/))
    expect(panel.actions.answer).toHaveBeenCalledWith({ paymentMethod: "visa" })
    await panel.click(panel.button("Which payment methods this site takes"))
    expect(panel.text()).toContain("It does not take: PayPal")
  })
})

describe("seed case 3.1 — Safari, 'transaction declined', Mastercard", () => {
  const model = (locale: "zh-CN" | "en") =>
    makeModel({
      locale,
      profile: US_PORTAL,
      step: "confirmation",
      errorTexts: ["交易被拒绝"],
      answers: { paymentMethod: "mastercard" },
      environment: { browser: { name: "Safari", version: "15.6", major: 15, engine: "WebKit" }, os: { name: "iOS", version: "15.6" }, timeZone: "Asia/Shanghai" },
      diagnosis: [
        { cause: "generic-decline", category: "generic-decline", confidence: 0.5, evidence: [], fixes: ["call-bank"] },
        { cause: "outdated-browser", category: "browser-problem", confidence: 0.4, evidence: [], fixes: ["switch-browser"] }
      ]
    })

  it("zh-CN: shows both causes and the supported browsers, with the old Safari named", async () => {
    panel = renderPanel(model("zh-CN"))
    expect(panel.text()).toContain("交易被拒绝，没有说明原因")
    expect(panel.text()).toContain("其他可能的原因")
    expect(panel.text()).toContain("浏览器版本太旧")
    await panel.click(panel.button("换一个浏览器试试"))
    expect(panel.text()).toContain("这个网站支持的浏览器：Chrome、Edge、Firefox")
    expect(panel.text()).toContain("您现在用的 Safari 15.6 版比这个网站要求的旧")
  })

  it("en: copying the link goes through runAction and shows its result", async () => {
    const actions = makeActions({ runAction: vi.fn(async () => ({ ok: true, messageId: "action-link-copied" })) })
    panel = renderPanel(model("en"), actions)
    await panel.click(panel.button("Try another browser"))
    await panel.click(panel.button("Copy the page link"))
    expect(actions.runAction).toHaveBeenCalledWith("switch-browser", { fix: "switch-browser" })
    expect(panel.text()).toContain("The page link is copied.")
    expect(panel.text()).toContain("Mastercard")
  })
})

describe("card entry tips", () => {
  it("name the cards this site takes, after the portal's own tips", () => {
    panel = renderPanel(makeModel({ step: "card-entry", locale: "en" }))
    expect(panel.text()).toContain("This site takes: Visa, Mastercard, American Express, JCB, Diners Club, UnionPay, PayPal")
    panel.unmount()
    panel = renderPanel(makeModel({ step: "card-entry", locale: "en", errorTexts: ["Card declined"] }))
    expect(panel.text()).not.toContain("This site takes:")
  })
})

describe("the panel without a known profile", () => {
  it("still shows the step and general advice", () => {
    panel = renderPanel(makeModel({ profile: null, step: "card-entry", locale: "en" }))
    expect(panel.text()).toContain("This site")
    expect(panel.text()).toContain("We don't know this site well yet")
    expect(panel.text()).toContain("Step 4: Enter your card details")
  })
})

void AUSTRALIA
