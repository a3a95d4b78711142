import { defineCatalogue } from "~src/i18n/catalogue"

/** The toolbar popup, read by applicants: plain words. */
export const messages = defineCatalogue({
  "zh-CN": {
    "title": "e-Visa Pay Helper",
    "checking": "正在查看这个页面……",
    "no-info": "还没有这个页面的信息。如果这是付款页面，可以点“分析这个页面”。",
    "known-site": "已识别的网站：{site}",
    "unknown-site": "这个网站不在我们的列表里。",
    "step": "当前步骤：{step}",
    "errors-none": "页面上没有发现错误提示。",
    "errors-count": "页面上有 {count} 条错误提示。",
    "top-cause": "最可能的原因：{cause}",
    "open-panel": "打开帮助面板",
    "copy-report": "复制报告给志愿者",
    "copy-report-sent": "已在页面上打开复制报告的窗口，请在那里确认。",
    "analyse": "分析这个页面",
    "open-desk": "打开志愿者工作台",
    "command-failed": "页面没有回应。请刷新付款页面后再试。"
  },
  en: {
    "title": "e-Visa Pay Helper",
    "checking": "Looking at this page…",
    "no-info": "No information about this page yet. If this is a payment page, choose \"Analyse this page\".",
    "known-site": "Recognised site: {site}",
    "unknown-site": "This site is not in our list.",
    "step": "Current step: {step}",
    "errors-none": "No error message found on the page.",
    "errors-count": "The page shows {count} error messages.",
    "top-cause": "Most likely reason: {cause}",
    "open-panel": "Open the help panel",
    "copy-report": "Copy the report for a volunteer",
    "copy-report-sent": "The report preview opened on the page; confirm it there.",
    "analyse": "Analyse this page",
    "open-desk": "Open the volunteer desk",
    "command-failed": "The page did not answer. Reload the payment page and try again."
  }
})
