import { defineCause } from "../cause"

export const cause = defineCause({
  id: "connection-dropped",
  category: "network-problem",
  title: { "zh-CN": "网络连接中途断了", en: "The connection broke off midway" },
  explanation: {
    "zh-CN": "和网站的连接中途断开了，常见于信号不稳、公共 Wi-Fi 或 VPN。换一个稳定的网络再试；如果已经点了付款，先确认有没有扣款。",
    en: "The connection to the site broke off, often on weak signal, public Wi-Fi or a VPN. Switch to a steady network; if you had already pressed pay, check for a charge first."
  },
  technical: { "zh-CN": "连接被重置或拒绝：ERR_CONNECTION_RESET / REFUSED / CLOSED / NETWORK_CHANGED。", en: "ERR_CONNECTION_RESET / REFUSED / CLOSED / NETWORK_CHANGED." },
  recognition: {
    text: [
      /err_connection_(reset|closed|refused|aborted)|err_network_changed/,
      /connection (was )?(reset|refused|closed unexpectedly|interrupted)/,
      /\bnetwork error\b|network request failed|failed to fetch/,
      /网络(异常|错误)|连接(已)?重置|连接中断/,
      /kết nối.{0,10}gián đoạn|bağlantı hatası|error de red|erreur réseau/,
      /(网络|连接|信号).{0,4}不(太)?稳定/,
      /(unstable|weak|poor|intermittent) (network|internet|connection)|(network|internet|connection).{0,12}(unstable|intermittent)/,
      /kết nối.{0,20}không ổn định/,
      /bağlantı(nız)?.{0,10}(zayıf|kararsız|istikrarsız)/,
      /conexión inestable|connexion (internet )?instable/,
      /koneksi.{0,10}tidak stabil/,
      /การเชื่อมต่อไม่เสถียร|สัญญาณ(อินเทอร์เน็ต)?ไม่เสถียร/,
      /اتصال غير مستقر/
    ],
    signals: [{ signal: "connection-failed", weight: 0.7 }]
  },
  fixes: ["check-connection", "check-payment-status-first"],
  examples: [
    { text: "ERR_CONNECTION_RESET", lang: "en" },
    { text: "网络异常，请检查您的网络连接", lang: "zh-CN" },
    { text: "网络连接不太稳定，请稍后重新提交", lang: "zh-CN" },
    { text: "Your internet connection seems unstable.", lang: "en" },
    { text: "Kết nối Internet không ổn định.", lang: "vi" }
  ],
  negatives: [{ text: "Next", lang: "en" }]
})
