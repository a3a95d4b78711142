import { defineCause } from "../cause"

export const cause = defineCause({
  id: "scheduled-maintenance",
  category: "site-or-gateway-error",
  title: { "zh-CN": "网站正在维护", en: "The site is under maintenance" },
  explanation: {
    "zh-CN": "签证网站或银行正在例行维护，这段时间付不了款。维护结束后再付；注意网站所在地的时间和您这里不同。",
    en: "The visa site or the bank is doing planned maintenance, so payments don't work right now. Pay after it ends — note that the site's local time may differ from yours."
  },
  technical: { "zh-CN": "计划维护窗口（门户或网关）；可与站点配置的维护时间比对。", en: "Planned maintenance window (portal or gateway); compare with the profile's maintenance windows." },
  recognition: {
    concepts: [[/maintenance|upgrade|维护|升级|bakım|bảo trì|mantenimiento/, /scheduled|planned|until|between|from|期间|时段|至|until|during|暂停|中/]],
    text: [
      /(under|undergoing|performing|scheduled|planned|for|down for) (scheduled |planned |system |routine )?maintenance/,
      /maintenance (mode|window|in progress|work)/,
      /(系统|网站|银行系统|服务器|平台)(升级)?维护/,
      /(进行|将进行)(系统)?(升级)?维护|维护(中|期间)/,
      /đang bảo trì/,
      /bakımda|bakım çalışması/,
      /en maintenance|en mantenimiento/,
      /maintenance (programmée|planifiée)|sous maintenance/,
      /(sedang )?dalam pemeliharaan/,
      /ปิดปรับปรุง(ระบบ)?/,
      /(أعمال )?صيانة (مجدولة|النظام)|قيد الصيانة/
    ],
    signals: [{ signal: "maintenance-window", weight: 0.8 }],
    exclude: [/paypal|alipay|支付宝|通道|payment method|支付方式|付款方式/]
  },
  fixes: ["check-maintenance-and-avoid-peak", "retry-later"],
  examples: [
    { text: "The system is under scheduled maintenance. Please try again after 06:00.", lang: "en" },
    { text: "系统维护中，请于维护结束后再支付", lang: "zh-CN" },
    { text: "系統維護中，暫停服務", lang: "zh-TW" },
    { text: "Situs sedang dalam pemeliharaan hingga pukul 06.00.", lang: "id" }
  ],
  negatives: [{ text: "银行卡支付通道维护中，请使用其他方式支付", lang: "zh-CN" }]
})
