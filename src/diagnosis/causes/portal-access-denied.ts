import { defineCause } from "../cause"

export const cause = defineCause({
  id: "portal-access-denied",
  category: "site-or-gateway-error",
  title: { "zh-CN": "网站拒绝了访问（403）", en: "The site refused access (403)" },
  explanation: {
    "zh-CN": "网站的安全设置挡住了这次访问。常见原因是开着 VPN 或代理、网络地址被误判。关掉 VPN、换个网络后再试；仍不行请联系网站客服。",
    en: "The site's security settings blocked this visit. Often a VPN or proxy is on, or your network address was misjudged. Turn off the VPN, switch networks and try again; if it persists, contact the site."
  },
  technical: { "zh-CN": "HTTP 403 / WAF 拦截（seed 3.1 “Error 403”）：地理或 IP 信誉限制、机器人检测。", en: "HTTP 403 / WAF block (seed 3.1 “Error 403”): geo or IP-reputation rules, bot detection." },
  recognition: {
    concepts: [[/access|访问|permission|权限/, /denied|forbidden|blocked|拒绝|禁止/]],
    text: [
      /(error|http|status) ?403|403 forbidden|\bforbidden\b/,
      /access (is )?denied|you don't have permission to access/,
      /(ip|address).{0,20}(has been |is )?(blocked|restricted|banned)/,
      /request blocked/,
      /禁止访问|拒绝访问|访问被拒绝|拒绝存取/,
      /ip地址.{0,6}(被限制|被禁止|受限|已被限制)/
    ],
    codes: { http: ["403"] },
    signals: [{ signal: "forbidden", weight: 0.6 }]
  },
  fixes: ["check-connection", "contact-portal-support"],
  examples: [
    { text: "Error 403 Forbidden", lang: "en" },
    { text: "错误 403：禁止访问", lang: "zh-CN" },
    { text: "拒絕存取（403）", lang: "zh-TW" }
  ],
  negatives: [{ text: "Secure payment powered by a PCI DSS certified provider", lang: "en" }]
})
