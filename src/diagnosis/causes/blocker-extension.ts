import { defineCause } from "../cause"

export const cause = defineCause({
  id: "blocker-extension",
  category: "browser-problem",
  title: { "zh-CN": "广告拦截等插件挡住了付款页面", en: "An ad blocker or similar extension blocked the payment page" },
  explanation: {
    "zh-CN": "浏览器里的广告拦截或隐私保护插件把支付公司的页面当成了广告，挡住了。对这个网站暂停这些插件，刷新后再付。",
    en: "An ad-blocking or privacy extension mistook the payment company's page for an ad and blocked it. Pause it for this site, reload and pay again."
  },
  technical: { "zh-CN": "请求被客户端拦截（net::ERR_BLOCKED_BY_CLIENT），常见于网关或 3DS 域名。", en: "Requests blocked by the client (net::ERR_BLOCKED_BY_CLIENT), typically gateway or 3DS hosts." },
  recognition: {
    concepts: [[/extension|插件|扩展|blocker/, /block|disable|拦截|屏蔽|停用|关闭/]],
    text: [
      /ad ?-?blockers?|ad block|adblock/,
      /err_blocked_by_client|blocked by (the )?client/,
      /广告(拦截|屏蔽|过滤)/,
      /(插件|扩展程序|扩展).{0,8}(拦截|屏蔽)/
    ],
    signals: [{ signal: "blocked-by-client", weight: 0.75 }]
  },
  fixes: ["pause-blocking-extensions", "use-current-browser"],
  examples: [
    { text: "net::ERR_BLOCKED_BY_CLIENT", lang: "en" },
    { text: "支付页面被广告拦截插件屏蔽，请关闭后刷新", lang: "zh-CN" },
    { text: "請停用廣告封鎖程式後重新整理", lang: "zh-TW" },
    { text: "", lang: "en", step: "card-entry", evidence: { network: [{ origin: "https://js.stripe.com", path: "/v3", kind: "blocked-by-client", time: "2025-03-01T10:00:00Z" }] } }
  ],
  negatives: [{ text: "Pop-up blocked. Please allow pop-ups for this site to complete payment.", lang: "en" }]
})
