import { GENERIC_STEP_PHRASES } from "~src/sites/generic"
import { GENERIC_SELECTORS } from "~src/sites/generic-rules"

import type { ReadingWords } from "./reading-words"

/**
 * The words the page reader reads outcomes with (see reading-words.ts for what each is for).
 * English, Simplified and Traditional Chinese. Only the background and the workbench import
 * this file: content scripts get these patterns from the background with the tab's context,
 * so they stay out of the script that loads on every portal page.
 *
 * Precision over recall: a statement counts only when it states an outcome. Advice ("If your
 * account was debited, use Verify Payment before paying again"), questions ("Payment
 * failed?") and help headings ("What to do if your payment fails") say nothing about this
 * payment, and success wording is read only after failure wording, so "unsuccessful" is
 * never a success.
 */
export const READING_WORDS: ReadingWords = {
  // A live region, dialog or toast saying one of these is an error.
  errorWords:
    /error|invalid|incorrect|wrong|fail|declin|denied|reject|refus|unable|could ?not|cannot|can't|not (?:been )?(?:enabled|allowed|permitted|authori[sz]ed|processed|completed|successful)|expired|timed? ?out|try again|problem|sorry|unsuccessful|insufficient|blocked|required|enter a valid|错误|失败|无效|不正确|拒绝|超时|过期|重试|无法|不能|异常|未开通|不足|繁忙|不成功/i,
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
  // Headings about the payment, whose lede may state the outcome the heading does not.
  paymentTopic: /pay|transaction|order|status|result|checkout|receipt|fee|billing|支付|付款|交易|订单|訂單|结果|結果|状态|狀態|缴费|繳費|收据|收據/i,
  // Words that label the reference a receipt shows (phrases, searched in the page's landmarks).
  referencePhrases: [
    "reference",
    "ref no",
    "ref. no",
    "receipt number",
    "receipt no",
    "transaction id",
    "transaction number",
    "transaction no",
    "order number",
    "order id",
    "confirmation number",
    "application id",
    "application number",
    "payment id",
    "参考号",
    "订单号",
    "订单编号",
    "交易号",
    "交易编号",
    "流水号",
    "收据编号",
    "申请编号",
    "訂單編號",
    "交易編號",
    "參考編號"
  ],
  // Words of a "we are processing your payment, do not leave" page.
  processingPhrases: [
    "processing your payment",
    "payment is being processed",
    "transaction is being processed",
    "transaction is in progress",
    "processing your transaction",
    "do not refresh",
    "do not press back",
    "do not close this window",
    "do not close the window",
    "please do not refresh",
    "please wait while",
    "正在处理",
    "处理中",
    "请勿刷新",
    "请勿关闭",
    "请不要刷新",
    "请不要关闭"
  ],
  stepPhrases: GENERIC_STEP_PHRASES,
  // Classes design systems, frameworks and gateways' hosted fields put on error messages.
  errorClassSelectors: [
    ".govuk-error-summary",
    ".govuk-error-message",
    ".alert-danger",
    ".alert-error",
    ".error",
    ".errors",
    ".errorMessage",
    ".error-message",
    ".error_message",
    ".errorMsg",
    ".error-msg",
    ".errormsg",
    ".text-danger",
    ".invalid-feedback",
    ".field-validation-error",
    ".validation-summary-errors",
    ".has-error .help-block",
    ".adyen-checkout__error-text",
    ".braintree-form__field-error",
    ".StripeElement--invalid + *",
    '.StripeElement--invalid ~ [role="alert"]',
    '[data-testid*="error" i]',
    ".ant-form-item-explain-error",
    ".el-form-item__error",
    ".message-error",
    ".notification-error"
  ],
  // Modal dialogs and notification toasts, by the markup of the libraries portals use for them.
  dialogSelectors: ['dialog[open]', '[role="dialog"]', '[aria-modal="true"]', ".modal.show", ".modal.in", ".swal2-popup", ".sweet-alert", ".jconfirm", ".bootbox"],
  toastSelectors: ['[class*="toast" i]', '[class*="snackbar" i]', '[class*="notification" i]', '[class*="noty_" i]', ".Toastify__toast", ".ui-pnotify", ".el-message"],
  genericSelectors: GENERIC_SELECTORS
}
