import { defineCatalogue } from "~src/i18n/catalogue"

/** Words of the browser side panel's own frame (the panel inside has its own catalogue). */
export const messages = defineCatalogue({
  "zh-CN": {
    empty: "打开签证网站的付款页面后，这里会显示支付帮手。如果页面上已经打开了支付帮手，请稍等一下。",
    frameFailed: "支付帮手没能在这个页面上加载。请刷新页面再试；付款不受影响。",
    frameClose: "关闭"
  },
  en: {
    empty: "Open a visa website's payment page and the Pay helper will show here. If the page already shows it, wait a moment.",
    frameFailed: "The Pay helper could not load on this page. Reload the page to try again; your payment is not affected.",
    frameClose: "Close"
  }
})
