import { defineCause } from "../cause"

export const cause = defineCause({
  id: "outdated-browser",
  category: "browser-problem",
  title: { "zh-CN": "浏览器太旧或不兼容", en: "The browser is too old or not supported" },
  explanation: {
    "zh-CN": "您用的浏览器太旧，或者这个网站不支持它（例如 IE、旧版 Safari、手机自带浏览器）。请换用最新版 Chrome、Firefox 或 Edge。",
    en: "Your browser is too old or the site doesn't support it (Internet Explorer, old Safari, some phones' built-in browsers). Please use a current Chrome, Firefox or Edge."
  },
  technical: { "zh-CN": "浏览器主版本低于站点要求（profile.browsers.minimum，未配置时用保守下限），或为 IE（seed 2.3、案例二）。", en: "Browser major below the profile's browsers.minimum (or our conservative floor), or Internet Explorer (seed 2.3, case 2)." },
  recognition: {
    concepts: [[/browser|浏览器|trình duyệt|tarayıcı|navegador|navigateur|peramban|เบราว์เซอร์|المتصفح/, /update|upgrade|outdated|\bold\b|older|版本|旧|升级|更新|不兼容|not supported|unsupported|incompatible|obsolète|actualic|actualiz|güncelle|cập nhật|perbarui|desteklenmiyor|no (es )?compatible|pas (pris en charge|compatible)|tidak didukung|không (được )?hỗ trợ|غير مدعوم/]],
    text: [
      /(browser|navigateur|navegador).{0,30}(not supported|unsupported|outdated|out of date|too old|no longer supported|not compatible|incompatible)/,
      /(outdated|unsupported|old|older|incompatible) (version of (your |the )?)?browser/,
      /upgrade your browser|update your browser/,
      /internet explorer.{0,30}(not|no longer) supported/,
      /works best (with|in|on) (google )?(chrome|firefox|edge)/,
      /浏览器.{0,6}(版本过低|版本太低|版本过旧|不兼容|不支持|过旧|太旧)/,
      /不支持ie|ie浏览器.{0,6}不支持/,
      /trình duyệt.{0,20}(lỗi thời|không được hỗ trợ)/,
      /tarayıcınız.{0,20}(desteklenmiyor|eski)/
    ],
    hints: [/(请|建议)(使用|更换|升级).{0,6}(最新版?|谷歌|chrome|火狐|firefox|edge)(浏览器)?/],
    signals: [{ signal: "browser-too-old", weight: 0.6 }]
  },
  fixes: ["use-current-browser", "switch-device", "clear-site-data"],
  examples: [
    { text: "Your browser is not supported. Please use the latest version of Chrome, Firefox or Edge.", lang: "en" },
    { text: "您的浏览器版本过低，请升级浏览器后再试", lang: "zh-CN" },
    { text: "您的瀏覽器版本過舊，請更新", lang: "zh-TW" },
    { text: "", lang: "en", evidence: { environment: { browser: { name: "Internet Explorer", version: "11.0", major: 11, engine: "Trident" } } } }
  ],
  negatives: [{ text: "Choose a payment method", lang: "en" }]
})
