import { defineCause } from "../cause"

export const cause = defineCause({
  id: "dns-failure",
  category: "network-problem",
  title: { "zh-CN": "找不到网站的地址", en: "The site's address couldn't be found" },
  explanation: {
    "zh-CN": "您的网络找不到签证网站或支付页面的地址。检查网址是否正确，换一个网络（例如从 Wi-Fi 换成手机流量），关掉 VPN 或代理后再试。",
    en: "Your network couldn't find the address of the visa or payment site. Check the web address, switch networks (Wi-Fi to mobile data) and turn off any VPN or proxy."
  },
  technical: { "zh-CN": "DNS 解析失败（ERR_NAME_NOT_RESOLVED / DNS_PROBE_FINISHED_NXDOMAIN）。", en: "DNS resolution failed (ERR_NAME_NOT_RESOLVED / DNS_PROBE_FINISHED_NXDOMAIN)." },
  recognition: {
    concepts: [[/dns|domain|域名|server|服务器/, /not found|not resolved|could not be found|找不到|解析失败/]],
    text: [
      /dns_probe|err_name_not_resolved|name not resolved|dns (lookup |resolution )?(failed|failure|error)/,
      /server not found|can't connect to the server at|server ip address could not be found/,
      /找不到(服务器|服务器的ip地址)|域名解析失败|dns解析(失败|错误)/
    ],
    hints: [/(this site|this page) can't be reached|无法访问此网站/],
    signals: [{ signal: "dns-failure", weight: 0.8 }]
  },
  fixes: ["check-connection", "switch-device"],
  examples: [
    { text: "ERR_NAME_NOT_RESOLVED", lang: "en" },
    { text: "无法访问此网站，找不到服务器的IP地址", lang: "zh-CN" }
  ],
  negatives: [{ text: "Payment successful", lang: "en" }]
})
