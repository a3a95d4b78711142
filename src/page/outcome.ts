/**
 * What a prominent statement on a page says about the payment: it failed, its outcome is
 * unknown (or it was already paid), it succeeded, or it says nothing about it (a form's
 * title, advice, a question). The content script cannot load the knowledge base, so this
 * is a small word list in English, Simplified and Traditional Chinese; src/diagnosis reads
 * the statements it keeps and decides the cause.
 *
 * Precision over recall: a statement counts only when it states an outcome. Advice ("If your
 * account was debited, use Verify Payment before paying again"), questions ("Payment
 * failed?") and help headings ("What to do if your payment fails") say nothing about this
 * payment, and success wording is read only after failure wording, so "unsuccessful" is
 * never a success.
 */
export type Outcome = "failure" | "unknown" | "success" | "neutral"

/** The patterns, compiled on the first statement read, not when the content script loads. */
interface OutcomeWords {
  advice: RegExp
  unknown: RegExp
  failure: RegExp
  success: RegExp
  negation: RegExp
  statusKey: RegExp
  statusFailure: RegExp
  statusUnknown: RegExp
  statusSuccess: RegExp
  sentenceEnd: RegExp
}

let words: OutcomeWords | null = null

function outcomeWords(): OutcomeWords {
  return (words ??= {
    // Sentences that tell the reader what to do, ask, or explain in general.
    advice:
      /^(?:if|when|whenever|before|after you|once|to (?:avoid|check|make|pay|continue|complete|retry)|please (?:check|contact|call|note|make sure|ensure|use|wait|do not|don't|verify|keep)|you (?:can|may|might|should|will|could|must|need)|you'll|make sure|ensure|check|contact|call|use|do not|don't|never|remember|note|tip|how|what|why|where|which|who|can i|learn|read|find out|see|for (?:help|more|further)|in case|report|as soon as|from time to time|occasionally|sometimes|at times|如果|若|如需|如有|如您|倘若|假如|为避免|為避免|为了|為了|请(?!勿重复)|請(?!勿重複)|温馨提示|溫馨提示|提示|注意|说明|說明|如何|怎样|怎麼|怎么|为什么|為什麼|您可以|可以)/i,
    // The payment's result is not known, or it was already paid: the applicant must not pay blind.
    unknown:
      /could not be (?:determined|confirmed|verified)|cannot be (?:determined|confirmed)|unable to (?:determine|confirm|verify) (?:the |your )?(?:payment|transaction|status)|status (?:is )?(?:unknown|unavailable|pending)|not (?:yet )?(?:been )?confirmed|awaiting (?:confirmation|bank)|has already been (?:paid|made|completed|processed)|already (?:been )?paid|duplicate (?:payment|transaction)|\b(?:payment|transaction) (?:is |still )?pending\b|pending (?:confirmation|verification)|not (?:yet )?received (?:the )?(?:final )?status|yet to (?:receive|confirm)|状态未知|狀態未知|无法确认|無法確認|未能确认|未能確認|待确认|待確認|请勿重复支付|請勿重複支付|不要重复支付|请勿重复付款|請勿重複付款|重复支付|重複支付|已支付过|已支付過/i,
    failure:
      /declin|\bfail(?:ed|ure|s)?\b|unsuccessful|not (?:been )?(?:successful|processed|completed|authori[sz]ed|approved|accepted|charged|honou?red)|(?:could|can) ?not be (?:processed|completed|authori[sz]ed|verified|taken|charged|accepted)|(?:could|can)n[o']?t (?:process|complete|take|authori[sz]e|verify|accept|charge)|unable to (?:process|complete|take|authori[sz]e|verify|accept|charge|connect|pay)|\brejected\b|\brefused\b|\bdenied\b|\bexpired\b|timed? ?out|\berrors?\b|technical (?:problem|difficult|issue)|problem with (?:your|the|this) (?:payment|card|transaction|service)|there (?:is|was) a problem|something went wrong|\bsorry\b|unavailable|under maintenance|(?:was|has been|payment) cancell?ed|\binvalid\b|insufficient|\bblocked\b|失败|失敗|未成功|不成功|没有成功|沒有成功|被拒|拒绝|拒絕|已过期|已過期|已经过期|已經過期|超时|逾时|逾時|超時|错误|錯誤|异常|異常|无法(?:完成|支付|付款|处理|处理|连接)|無法(?:完成|支付|付款|處理|連接)|未完成|未能完成|已取消|余额不足|餘額不足|不可用|维护|維護/i,
    success:
      /\bsuccess(?:ful(?:ly)?)?\b|\bcompleted\b|payment (?:is )?complete\b|\breceived\b|\bconfirmed\b|\bapproved\b|thank you|(?:has been|have been|was|were|fully) paid\b|paid successfully|成功|已支付|已付款|支付完成|付款完成|已收到|已完成|感谢|感謝/i,
    negation: /\b(?:not|no|never|yet to)\b|n't\b|尚未|未|没有|沒有|并非|並非/i,
    statusKey: /status|result|outcome|状态|狀態|结果|結果/i,
    statusFailure:
      /^(?:transaction |payment )?(?:fail(?:ed|ure)?|declined|rejected|refused|denied|error|cancell?ed|expired|unsuccessful|not paid|unpaid|aborted|timed? ?out|void(?:ed)?)\b|失败|失敗|未成功|不成功|已拒绝|已拒絕|被拒|已取消|已过期|已過期|超时|逾時|未支付|未付款/i,
    statusUnknown: /^(?:pending|unknown|processing|in progress|awaiting|not confirmed|under review|initiated)\b|处理中|處理中|待确认|待確認|待支付|未知|确认中|確認中/i,
    statusSuccess: /^(?:success(?:ful)?|paid|completed?|approved|captured|settled|confirmed|authori[sz]ed)\b|成功|已支付|已付款|已完成/i,
    sentenceEnd: /(?<=[.!?。！？；;])\s*/
  })
}

/** One sentence: advice and questions say nothing; failure words are read before success words. */
function classifySentence(sentence: string, w: OutcomeWords): Outcome {
  const s = sentence.trim()
  if (!s) return "neutral"
  if (s.endsWith("?") || s.endsWith("？")) return "neutral"
  if (w.advice.test(s)) return "neutral"
  if (w.unknown.test(s)) return "unknown"
  if (w.failure.test(s)) return "failure"
  // "We have not yet received…", "尚未收到": a success word under a negation states none.
  if (w.success.test(s) && !w.negation.test(s)) return "success"
  return "neutral"
}

const RANK: Record<Outcome, number> = { neutral: 0, success: 1, unknown: 2, failure: 3 }

/**
 * The outcome a statement (a heading, a lede, a banner) states. A statement of several
 * sentences states the strongest outcome among them: failure, then unknown, then success.
 */
export function classifyOutcome(text: string): Outcome {
  const w = outcomeWords()
  const normalized = text.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim()
  if (!normalized) return "neutral"
  let best: Outcome = "neutral"
  for (const sentence of normalized.split(w.sentenceEnd)) {
    const outcome = classifySentence(sentence, w)
    if (RANK[outcome] > RANK[best]) best = outcome
    if (best === "failure") break
  }
  return best
}

/** Whether a label names a status ("Status", "Transaction status", "交易状态"). */
export function isStatusKey(label: string): boolean {
  const trimmed = label.trim()
  return trimmed.length > 0 && trimmed.length <= 40 && outcomeWords().statusKey.test(trimmed)
}

/** The outcome a status value states ("FAILED", "Transaction Failed", "失败", "PENDING", "SUCCESS"). */
export function classifyStatusValue(value: string): Outcome {
  const w = outcomeWords()
  const v = value.replace(/\s+/g, " ").trim()
  if (!v || v.length > 120) return "neutral"
  if (w.statusFailure.test(v)) return "failure"
  if (w.statusUnknown.test(v)) return "unknown"
  if (w.statusSuccess.test(v)) return "success"
  // A status cell that says more than one word ("Transaction could not be completed").
  return classifyOutcome(v)
}

/** True for outcomes a page states as a problem: these are kept as errors. */
export function isProblemOutcome(outcome: Outcome): boolean {
  return outcome === "failure" || outcome === "unknown"
}
