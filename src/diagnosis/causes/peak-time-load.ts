import { defineCause } from "../cause"

export const cause = defineCause({
  id: "peak-time-load",
  category: "site-or-gateway-error",
  title: { "zh-CN": "网站太忙，响应很慢", en: "The site is overloaded and slow" },
  explanation: {
    "zh-CN": "现在访问的人太多，网站反应很慢。请避开高峰时段（通常是网站所在地的工作日白天）再试，不要反复点击付款按钮。",
    en: "Too many people are using the site, so it is slow. Try outside peak hours (usually the site's local weekday daytime), and don't press the pay button repeatedly."
  },
  technical: { "zh-CN": "门户高负载/排队（seed 2.3 服务器负载）。", en: "Portal under heavy load / queueing (seed 2.3)." },
  recognition: {
    concepts: [[/traffic|demand|busy|\bload\b|queue|visitors|\busers\b|人数|繁忙|忙碌|拥挤|排队/, /high|heavy|many|slow|wait|较多|过多|繁忙|忙碌|稍后|等待|慢/]],
    text: [
      /high (traffic|volume|demand)|heavy traffic/,
      /(server|system|site|service) is (currently )?(busy|overloaded)/,
      /too many (users|people|visitors)/,
      /(in a|in the) (virtual )?(waiting )?queue|estimated wait/,
      /系统(繁忙|忙碌)|网络繁忙|服务器繁忙/,
      /(访问|排队)(的)?(人数|用户)?(过多|较多|太多)/,
      /quá tải/,
      /sunucu(lar)? yoğun/,
      /servidor (está )?ocupado/,
      /sistem(imiz)? (şu anda )?yoğun/,
      /sistema (está )?(ocupado|saturado)/,
      /(serveur|système|site) (est )?(surchargé|saturé)|forte affluence/,
      /hệ thống (đang )?bận/,
      /(sistem|server) sedang sibuk/,
      /النظام مشغول/
    ]
  },
  fixes: ["check-maintenance-and-avoid-peak", "check-payment-status-first", "retry-later"],
  examples: [
    { text: "We are experiencing high traffic. Please wait while we process your request.", lang: "en" },
    { text: "系统繁忙，请稍后再试", lang: "zh-CN" },
    { text: "系統忙碌中，請稍後再試", lang: "zh-TW" }
  ],
  negatives: [{ text: "Do not refresh this page while we process your payment.", lang: "en" }]
})
