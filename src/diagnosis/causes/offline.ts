import { defineCause } from "../cause"

export const cause = defineCause({
  id: "offline",
  category: "network-problem",
  title: { "zh-CN": "网络断开了", en: "The internet connection dropped" },
  explanation: {
    "zh-CN": "设备现在没有连上网络，付款请求发不出去。检查 Wi-Fi 或手机流量，连上后刷新页面。如果断网前已经点了付款，先确认有没有扣款再重试。",
    en: "Your device isn't connected, so the payment can't be sent. Check Wi-Fi or mobile data and reload once connected. If you had already pressed pay, check for a charge before trying again."
  },
  technical: { "zh-CN": "navigator.onLine 为 false / ERR_INTERNET_DISCONNECTED。", en: "navigator.onLine false / ERR_INTERNET_DISCONNECTED." },
  recognition: {
    concepts: [[/connection|network|internet|网络|连接|kết nối|bağlantı|conexión|connexion|koneksi|การเชื่อมต่อ|اتصال/, /\blost\b|unable to connect|can't connect|cannot connect|连接失败|unavailable|offline|disconnected|不可用|断开|中断|离线|无网络|không có|\byok\b|kesildi|\bsin\b|pas de|tidak ada|terputus|ไม่มี|لا يوجد|انقطع/]],
    text: [
      /you('re| are) (currently )?offline|no internet( connection)?|err_internet_disconnected/,
      /lost (your )?(internet |network )?connection|internet connection.{0,10}(lost|unavailable)/,
      /(网络)?连接已断开|离线状态|无网络连接|网络(连接|连线)(已)?中断|网络(已)?断开/,
      /không có kết nối internet|internet bağlantısı yok|sin conexión a internet/,
      /không có kết nối( mạng| internet)?|mất kết nối( mạng| internet)?/,
      /internet bağlantı(nız)? (yok|kesildi)|bağlantınız (yok|kesildi)/,
      /sin conexión|no hay conexión( a internet)?/,
      /pas de connexion( internet)?|vous êtes hors ligne|connexion (internet )?(perdue|interrompue)/,
      /tidak ada koneksi( internet)?|koneksi (internet )?terputus/,
      /ไม่มีการเชื่อมต่อ(อินเทอร์เน็ต)?/,
      /لا يوجد اتصال( بالإنترنت)?|انقطع الاتصال/
    ],
    signals: [{ signal: "offline", weight: 0.85 }]
  },
  fixes: ["check-connection", "check-payment-status-first"],
  examples: [
    { text: "You are offline. Check your internet connection.", lang: "en" },
    { text: "网络连接已断开，请检查网络", lang: "zh-CN" },
    { text: "網路連線中斷，請檢查網路", lang: "zh-TW" },
    { text: "", lang: "en", evidence: { environment: { online: false } } },
    { text: "Mất kết nối mạng, vui lòng thử lại.", lang: "vi" },
    { text: "Vous êtes hors ligne. Vérifiez votre connexion.", lang: "fr" },
    { text: "Tidak ada koneksi internet.", lang: "id" }
  ],
  negatives: [{ text: "Secure payment powered by a PCI DSS certified provider", lang: "en" }]
})
