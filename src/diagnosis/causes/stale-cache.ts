import { defineCause } from "../cause"

export const cause = defineCause({
  id: "stale-cache",
  category: "browser-problem",
  title: { "zh-CN": "浏览器缓存的旧页面出了问题", en: "Old saved copies of the page are getting in the way" },
  explanation: {
    "zh-CN": "浏览器保存了网站的旧文件，和新版本冲突，页面就会显示异常或卡住。清除这个网站的缓存和 Cookie 后重新打开即可（seed 案例：小张）。",
    en: "The browser kept old copies of the site's files that clash with the new version, so the page looks wrong or freezes. Clear this site's cache and cookies and reopen it."
  },
  technical: { "zh-CN": "缓存的脚本与服务端版本不一致（ChunkLoadError、资源 404）。", en: "Cached scripts out of step with the server (ChunkLoadError, asset 404s)." },
  recognition: {
    concepts: [[/cache|缓存/, /clear|清除|清理|清空|refresh|刷新/]],
    text: [
      /clear (your )?(browser('s)? )?(cache|cookies and cache|browsing data)/,
      /chunkloaderror|loading (css )?chunk \S{1,20} failed/,
      /newer version.{0,40}(refresh|reload)/,
      /(清除|清理|清空)(浏览器)?(的)?缓存|请清理缓存/,
      /ctrl ?\+ ?f5/
    ],
    // The seed's 小张: the payment page just hangs. No error text to go on, only time.
    signals: [{ signal: "page-stuck", weight: 0.7 }]
  },
  fixes: ["clear-site-data", "use-current-browser", "switch-device"],
  examples: [
    { text: "Please clear your browser cache and reload the page.", lang: "en" },
    { text: "页面显示异常，请清除浏览器缓存后重试", lang: "zh-CN" },
    { text: "請清除瀏覽器快取後重新整理", lang: "zh-TW" },
    // A page that says "processing" for three minutes and nothing else.
    { text: "", lang: "en", step: "confirmation", evidence: { page: { siteId: null, step: "confirmation", signals: { processing: true, stuckSeconds: 180 } } } }
  ],
  negatives: [{ text: "Resend code", lang: "en" }]
})
