import { defineCatalogue } from "~src/i18n/catalogue"

/**
 * Words of the small tab the content script draws on every matching page. Kept apart from
 * the panel's catalogue so the page only carries these few (the panel itself renders in an
 * extension frame, with all of its words).
 */
export const messages = defineCatalogue({
  "zh-CN": {
    "tab.label": "支付帮手",
    "tab.open": "打开支付帮手",
    "tab.errorBadge": "页面显示了 {count} 条错误提示",
    "frame.title": "支付帮手：付款问题的说明和解决步骤",
    "placeholder.finding": "正在查找可能的原因…"
  },
  en: {
    "tab.label": "Pay helper",
    "tab.open": "Open Pay helper",
    "tab.errorBadge": "The page shows {count} error messages",
    "frame.title": "Pay helper: what went wrong with the payment and how to fix it",
    "placeholder.finding": "Looking for the likely causes…"
  }
})
