import { defineCause } from "../cause"

export const cause = defineCause({
  id: "third-party-cookies-blocked",
  category: "browser-problem",
  title: { "zh-CN": "浏览器挡住了银行验证页面", en: "The browser is blocking the bank's check page" },
  explanation: {
    "zh-CN": "银行的安全验证页面嵌在付款页里，需要“第三方 Cookie”。浏览器把它挡住了，验证页面就打不开或一直转圈。允许后重新付款。",
    en: "The bank's security page sits inside the payment page and needs “third-party cookies”. The browser is blocking them, so the bank's page won't load. Allow them and pay again."
  },
  technical: { "zh-CN": "3DS ACS iframe 依赖第三方 Cookie；Safari ITP / Chrome 第三方 Cookie 限制。", en: "3DS ACS iframe relies on third-party cookies; Safari ITP / Chrome third-party cookie restrictions." },
  recognition: {
    text: [
      /third[- ]party cookies?.{0,30}(blocked|disabled|not allowed|are off)/,
      /allow third[- ]party cookies/,
      /第三方\s?cookie/,
      // Other languages: third-party cookies together with blocking or enabling them (a cookie notice names them too).
      /(cookies? (tierces?|tiers|de terceros)|üçüncü taraf çerez\S*|cookie (của )?bên thứ ba|cookie pihak ketiga).{0,30}(bloqu|désactiv|deshabilit|desactiv|engellen|devre dışı|bị (chặn|tắt)|diblokir|dinonaktifkan)/,
      /(bloque|bloquea|activez|autorisez|habilite|active|permita|engelliyor|etkinleştir|chặn|bật|cho phép|memblokir|aktifkan|izinkan).{0,12}(les |las )?(cookies? (tierces?|tiers|de terceros)|üçüncü taraf çerez|cookie (của )?bên thứ ba|cookie pihak ketiga)/
    ],
    signals: [{ signal: "third-party-cookies-at-verification", weight: 0.7 }],
    steps: ["verification", "confirmation"]
  },
  fixes: ["allow-popups-and-bank-page", "use-current-browser"],
  examples: [
    { text: "Please allow third-party cookies so the 3-D Secure window can open.", lang: "en" },
    { text: "浏览器阻止了第三方Cookie，银行验证页面无法加载", lang: "zh-CN" },
    { text: "", lang: "en", step: "verification", evidence: { environment: { thirdPartyCookiesBlocked: true } } },
    { text: "Les cookies tiers sont désactivés dans ce navigateur.", lang: "fr" },
    { text: "Habilite las cookies de terceros para continuar con el pago.", lang: "es" }
  ],
  negatives: [{ text: "Cookies are disabled in your browser. Please enable cookies to continue.", lang: "en" }, { text: "Ce site dépose des cookies tiers pour mesurer l'audience.", lang: "fr" }]
})
