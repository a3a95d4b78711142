import { defineCause } from "../cause"

export const cause = defineCause({
  id: "popup-blocked",
  category: "browser-problem",
  title: { "zh-CN": "浏览器拦截了付款弹窗", en: "The browser blocked the payment pop-up" },
  explanation: {
    "zh-CN": "付款或银行验证要在新窗口里打开，但浏览器把它拦住了。允许这个网站弹出窗口后重新付款。",
    en: "Payment or the bank's check opens in a new window, and the browser blocked it. Allow pop-ups for this site and pay again."
  },
  technical: { "zh-CN": "window.open 被弹窗拦截器阻止。", en: "window.open blocked by the pop-up blocker." },
  recognition: {
    concepts: [[/pop-?up|弹出|弹窗|new window|新窗口|ventanas? emergentes?|fenêtres? contextuelles?|açılır pencere|cửa sổ bật lên|ป๊อปอัป|النوافذ المنبثقة/, /block|allow|enable|拦截|阻止|允许|屏蔽|bloqu|autoris|permit|engel|izin|chặn|cho phép|diblokir|izinkan|ถูกบล็อก|حظر|السماح/]],
    text: [
      /pop-?ups? (window )?(was |were |is |are |has been )?blocked|pop-?up blocker|allow pop-?ups/,
      /blocked the (payment |bank )?(window|pop-?up)/,
      /弹出(式)?(窗口|视窗)?.{0,4}(拦截|阻止|屏蔽)/,
      /弹窗拦截|允许.{0,6}弹窗|(支付|付款)?窗口无法打开/
    ]
  },
  fixes: ["allow-popups-and-bank-page", "use-current-browser"],
  examples: [
    { text: "Pop-up blocked. Please allow pop-ups for this site to complete payment.", lang: "en" },
    { text: "弹出窗口被拦截，请允许本网站弹窗后重新支付", lang: "zh-CN" },
    { text: "彈出式視窗遭到封鎖", lang: "zh-TW" }
  ],
  negatives: [{ text: "The payment window has closed. Please create a new order.", lang: "en" }]
})
