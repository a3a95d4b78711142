/**
 * Error text is matched after one normalisation so that patterns stay few and simple:
 * NFKC (full-width letters, digits and punctuation become ASCII), lower case, curly quotes
 * straightened, whitespace collapsed, and Traditional Chinese characters that occur in
 * payment messages folded to Simplified. Patterns are then written once, in Simplified.
 */

// Pairs of Traditional → Simplified characters seen in Taiwanese / Hong Kong bank and
// gateway messages. Not a general converter: only what payment wording needs.
const TRADITIONAL = "額開務際餘與銀號碼驗證錯誤過無請聯繫係機網絡連線時間發後試處統維護費購買單訂帳戶資標準應復頁據數擇種類幣匯換國門關閉權凍結掛竊盜風險攔頻鎖錄會話經狀態確認瀏覽舊啟彈廣擴斷伺運簽僅記預儲貨區暫訊簡虛擬實輸動壓隊負載為這個們讓該變項設體異響級鐘點筆歷環內終絕對當從嘗隨邊遠達場報問題顯條專電腦陸灣臺卻還給紀傳擁氣參與謝據歡節線雜價嚴檢測斷產處統優惠請繳納貴稱齊雙卻萬劃將殘壞斷歸戶錢現紙態緒繼續點擊權屬選敗觸裝庫幫擋閱團憑鑰來讀寫滿說許鍵緩視複驟遺詐騙閒臨況啓爲証階別適於懷裡麼嗎圖樣剛幾頭須決衛醫護衝團屆態獲穩綁輯邏損託書鈕輪貸兌稅審業員絡鏈轉遞銷東歐兩盧亞韓飛則規範違謹備獨執構賣諒撥罰註冊義寶詢詳細綫懸攜闆傢儘濟奪徑悅側漲億層頓橫爭鬧療殺";
const SIMPLIFIED = "额开务际余与银号码验证错误过无请联系系机网络连线时间发后试处统维护费购买单订账户资标准应复页据数择种类币汇换国门关闭权冻结挂窃盗风险拦频锁录会话经状态确认浏览旧启弹广扩断伺运签仅记预储货区暂讯简虚拟实输动压队负载为这个们让该变项设体异响级钟点笔历环内终绝对当从尝随边远达场报问题显条专电脑陆湾台却还给纪传拥气参与谢据欢节线杂价严检测断产处统优惠请缴纳贵称齐双却万划将残坏断归户钱现纸态绪继续点击权属选败触装库帮挡阅团凭钥来读写满说许键缓视复骤遗诈骗闲临况启为证阶别适于怀里么吗图样刚几头须决卫医护冲团届态获稳绑辑逻损托书钮轮贷兑税审业员络链转递销东欧两卢亚韩飞则规范违谨备独执构卖谅拨罚注册义宝询详细线悬携板家尽济夺径悦侧涨亿层顿横争闹疗杀";

const FOLD = new Map<string, string>()
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i], SIMPLIFIED[i])

// Traditional-only wording that differs by more than characters.
const PHRASES: [RegExp, string][] = [
  [/逾时/g, "超时"],
  // "連線階段" is Taiwan's word for a session; fold it before "连线" becomes "连接".
  [/连线阶段/g, "会话"],
  [/连线/g, "连接"],
  [/重新整理/g, "刷新"],
  [/伺服器/g, "服务器"],
  [/视窗/g, "窗口"],
  [/设定/g, "设置"],
  [/网际网络/g, "互联网"],
  [/讯息/g, "信息"],
  [/签账金融卡/g, "借记卡"],
  [/金融卡/g, "借记卡"],
  [/讯号/g, "信号"],
  [/简讯/g, "短信"],
  [/刷卡/g, "消费"],
  [/网路/g, "网络"],
  [/资讯/g, "信息"],
  [/联络/g, "联系"],
  [/洽/g, "联系"],
  [/快取/g, "缓存"],
  [/封锁/g, "拦截"],
  [/支援/g, "支持"],
  [/币别/g, "币种"],
  [/登入/g, "登录"],
  [/工作阶段/g, "会话"],
  [/遭拒/g, "被拒绝"]
]

/** Longest text the engine reads from one error: errors are short; this bounds the work. */
export const MAX_MATCHED_LENGTH = 4000

export function normalizeErrorText(text: string): string {
  const head = text.length > MAX_MATCHED_LENGTH ? text.slice(0, MAX_MATCHED_LENGTH) : text
  // "İ" lower-cases to "i" + combining dot; Turkish messages are matched without it.
  let out = head.normalize("NFKC").replace(/İ/g, "i").toLowerCase()
  out = out.replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim()
  let folded = ""
  for (const ch of out) folded += FOLD.get(ch) ?? ch
  for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement)
  return folded
}
