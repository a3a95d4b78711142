import { defineCause } from "../cause"

export const cause = defineCause({
  id: "cookies-disabled",
  category: "browser-problem",
  title: { "zh-CN": "浏览器关闭了 Cookie", en: "Cookies are turned off in the browser" },
  explanation: {
    "zh-CN": "网站需要 Cookie 记住您的登录和付款进度，但浏览器把它关了。在浏览器设置中允许 Cookie，不要用无痕模式，然后重新付款。",
    en: "The site needs cookies to remember your login and payment, but the browser has them off. Allow cookies in settings, don't use a private window, then pay again."
  },
  technical: { "zh-CN": "navigator.cookieEnabled 为 false 或站点检测到 Cookie 不可写。", en: "navigator.cookieEnabled is false or the site found cookies unwritable." },
  recognition: {
    concepts: [[/cookie/, /enable|disabled|blocked|required|启用|开启|禁用|阻止|未开启/]],
    text: [
      /cookies? (are |is )?(disabled|blocked|turned off|not enabled)/,
      /(enable|allow|turn on) cookies|requires cookies|cookies? (must|need to|should) be enabled/,
      /(禁用|关闭|阻止)了?\s?cookie/,
      /(启用|开启|打开|允许).{0,6}cookie/,
      /(activez|activer|autorisez|autoriser|acceptez) (les )?cookies|cookies? (sont )?(désactivés|bloqués)/,
      /(habilite|habilitar|active|activar|permita) (las )?cookies|cookies? (están )?(deshabilitadas|desactivadas|bloqueadas)/,
      /çerezler(i|iniz)?.{0,20}(etkinleştir|devre dışı|engellen)/,
      /(bật|cho phép) cookie|cookie.{0,10}bị (tắt|chặn|vô hiệu)/,
      /(aktifkan|izinkan) cookie|cookie (dinonaktifkan|diblokir)/,
      /(تمكين|تفعيل) ملفات تعريف الارتباط/
    ],
    signals: [{ signal: "cookies-off", weight: 0.8 }],
    exclude: [/third[- ]party|第三方|cookies? (tierces?|tiers|de terceros)|üçüncü taraf|bên thứ ba|pihak ketiga/]
  },
  fixes: ["enable-cookies-and-javascript", "use-current-browser"],
  examples: [
    { text: "Cookies are disabled in your browser. Please enable cookies to continue.", lang: "en" },
    { text: "请开启浏览器Cookie功能", lang: "zh-CN" },
    { text: "請啟用瀏覽器的 Cookie", lang: "zh-TW" },
    { text: "", lang: "en", evidence: { environment: { cookiesEnabled: false } } },
    { text: "Veuillez activer les cookies pour continuer.", lang: "fr" },
    { text: "Tarayıcınızda çerezler devre dışı bırakılmış.", lang: "tr" }
  ],
  negatives: [{ text: "Third-party cookies are blocked. Your bank's verification page cannot load.", lang: "en" }, { text: "Ce site utilise des cookies. En poursuivant, vous les acceptez.", lang: "fr" }]
})
