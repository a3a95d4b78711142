import { defineCause } from "../cause"

export const cause = defineCause({
  id: "javascript-disabled",
  category: "browser-problem",
  title: { "zh-CN": "浏览器关闭了 JavaScript", en: "JavaScript is turned off in the browser" },
  explanation: {
    "zh-CN": "付款页面需要 JavaScript 才能工作，但浏览器把它关了。在浏览器设置中允许 JavaScript，然后刷新页面。",
    en: "The payment page needs JavaScript, but the browser has it off. Allow JavaScript in settings and reload the page."
  },
  technical: { "zh-CN": "页面 <noscript> 提示；脚本被禁用。", en: "The page's <noscript> notice; scripts disabled." },
  recognition: {
    concepts: [[/javascript|\bjs\b/, /enable|disabled|required|启用|开启|禁用|未开启/]],
    text: [
      /(enable|requires?|turn on|activate) javascript|javascript (is )?(required|disabled|not enabled|turned off|must be enabled)/,
      /(启用|开启|打开|允许).{0,4}javascript/,
      /(未开启|未启用|禁用了?|关闭了?)\s?javascript|javascript.{0,4}(未开启|被禁用|已禁用|未启用)/,
      /(activez|activer|habilite|habilitar|active|activar|bật|aktifkan|تمكين|تفعيل).{0,15}javascript/,
      /javascript.{0,25}(désactivé|deshabilitado|desactivado|devre dışı|etkinleştir|bị tắt|dinonaktifkan)/
    ]
  },
  fixes: ["enable-cookies-and-javascript", "use-current-browser"],
  examples: [
    { text: "You need to enable JavaScript to run this app.", lang: "en" },
    { text: "请启用JavaScript后再访问本页面", lang: "zh-CN" },
    { text: "Activez JavaScript pour payer en ligne.", lang: "fr" }
  ],
  negatives: [{ text: "Pay now", lang: "en" }]
})
