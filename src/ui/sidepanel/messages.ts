import { defineCatalogue } from "~src/i18n/catalogue"

/** Words of the browser side panel's own frame (the panel inside has its own catalogue). */
export const messages = defineCatalogue({
  "zh-CN": {
    empty: "打开签证网站的付款页面后，这里会显示支付帮手。如果页面上已经打开了支付帮手，请稍等一下。"
  },
  en: {
    empty: "Open a visa website's payment page and the Pay helper will show here. If the page already shows it, wait a moment."
  }
})
