import type { FixDefinition } from "../types"

/** Fixes for the browser, device and connection (seed 3.2.3). */
export const BROWSER_AND_NETWORK_FIXES: FixDefinition[] = [
  {
    id: "clear-site-data",
    actor: "applicant",
    action: "clear-site-data",
    title: { "zh-CN": "清除本网站的缓存和 Cookie", en: "Clear this site's cache and cookies" },
    steps: [
      { "zh-CN": "先记下申请编号，清除后可能需要重新登录。", en: "Write down your application number first: you may need to log in again." },
      { "zh-CN": "在浏览器设置里找到“清除浏览数据”，选择缓存和 Cookie，只清除这个网站的即可。", en: "In browser settings choose “Clear browsing data”, with cached files and cookies; this site alone is enough." },
      { "zh-CN": "关闭浏览器再打开，重新进入付款页面。", en: "Close and reopen the browser, then go back to the payment page." }
    ]
  },
  {
    id: "use-current-browser",
    actor: "applicant",
    action: "switch-browser",
    title: { "zh-CN": "使用最新版 Chrome、Firefox 或 Edge", en: "Use a current Chrome, Firefox or Edge" },
    steps: [
      { "zh-CN": "不要用 IE 或很旧的浏览器；手机上的内置浏览器也可能不兼容。", en: "Don't use Internet Explorer or an old browser; a phone's built-in browser may also fail." },
      { "zh-CN": "安装或更新到最新版 Chrome、Firefox 或 Edge。", en: "Install or update Chrome, Firefox or Edge." },
      { "zh-CN": "用新浏览器登录网站，从付款页面重新开始。", en: "Log in with it and start the payment again." }
    ]
  },
  {
    id: "switch-device",
    actor: "applicant",
    title: { "zh-CN": "换一台设备试试", en: "Try another device" },
    steps: [
      { "zh-CN": "如果在手机上付款，可以换到电脑上（或反过来）。", en: "If you are paying on a phone, try a computer (or the other way round)." },
      { "zh-CN": "在新设备上登录，从付款页面重新开始。", en: "Log in there and start the payment again." }
    ]
  },
  {
    id: "enable-cookies-and-javascript",
    actor: "applicant",
    title: { "zh-CN": "打开浏览器的 Cookie 和 JavaScript", en: "Turn on cookies and JavaScript" },
    steps: [
      { "zh-CN": "在浏览器设置的“隐私和安全”里允许网站保存 Cookie、允许运行 JavaScript。", en: "In the browser's privacy and security settings, allow sites to save cookies and run JavaScript." },
      { "zh-CN": "不要用无痕/隐私模式付款。", en: "Don't pay in a private or incognito window." },
      { "zh-CN": "刷新页面后重新付款。", en: "Reload the page and pay again." }
    ]
  },
  {
    id: "allow-popups-and-bank-page",
    actor: "applicant",
    title: { "zh-CN": "允许弹出窗口和银行验证页面", en: "Allow pop-ups and the bank's page" },
    steps: [
      { "zh-CN": "看地址栏右侧有没有“已拦截弹出窗口”的图标，点开后选择“始终允许”。", en: "Look for a “pop-up blocked” icon at the right of the address bar and choose “always allow”." },
      { "zh-CN": "在浏览器设置中允许第三方 Cookie（或把本网站和银行网站加入例外）。", en: "Allow third-party cookies in browser settings (or add this site and your bank as exceptions)." },
      { "zh-CN": "重新付款。", en: "Pay again." }
    ]
  },
  {
    id: "pause-blocking-extensions",
    actor: "applicant",
    title: { "zh-CN": "暂时关闭广告拦截等插件", en: "Pause ad blockers and similar extensions" },
    steps: [
      { "zh-CN": "在浏览器右上角的插件图标里，对本网站暂停广告拦截、隐私保护类插件。", en: "From the extensions icon, pause ad blockers and privacy extensions on this site." },
      { "zh-CN": "刷新页面后重新付款；付完可以再打开。", en: "Reload and pay again; you can turn them back on afterwards." }
    ]
  },
  {
    id: "check-connection",
    actor: "applicant",
    title: { "zh-CN": "检查网络，换一个网络再试", en: "Check your connection, or switch networks" },
    steps: [
      { "zh-CN": "打开其他网页，看网络是否正常。", en: "Open another website to see whether the internet works." },
      { "zh-CN": "在 Wi-Fi 和手机流量之间切换；如果开着 VPN 或代理，先关掉再试。", en: "Switch between Wi-Fi and mobile data; if a VPN or proxy is on, turn it off and try again." },
      { "zh-CN": "不要在公共 Wi-Fi 上付款。", en: "Avoid paying over public Wi-Fi." }
    ]
  },
  {
    id: "fix-device-clock",
    actor: "applicant",
    action: "show-portal-time",
    title: { "zh-CN": "把电脑或手机的时间设为自动", en: "Set your device's clock to automatic" },
    steps: [
      { "zh-CN": "在系统设置的“日期和时间”里打开“自动设置时间”和“自动设置时区”。", en: "In system settings under date and time, turn on automatic time and time zone." },
      { "zh-CN": "重新打开浏览器后再付款。", en: "Reopen the browser and pay again." }
    ]
  }
]
