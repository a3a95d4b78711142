import type { SiteProfile } from "~src/sites/profile"

/**
 * Alipay cross-border cashier — where a foreign merchant (a visa centre, the US visa fee
 * site in China…) sends the payer to scan a QR code or log in to Alipay and pay.
 *
 * Test URLs:
 * - https://excashier.alipay.com/standard/auth.htm
 * - https://globalmapi.alipay.com/gateway.do
 */
export const profile: SiteProfile = {
  id: "alipay",
  names: { en: "Alipay cashier", "zh-CN": "支付宝收银台" },
  country: "CN",
  kind: "gateway",
  hosts: ["excashier.alipay.com", "intl.alipay.com", "mapi.alipay.com", "globalmapi.alipay.com"],
  languages: ["zh-CN", "en"],
  steps: [
    {
      // The cashier: the applicant chooses how to pay, by scanning the QR code with the Alipay
      // app or by logging in on the page. It is the payment-method step of the fee's flow (the
      // portal's own login came earlier), not a login.
      step: "payment-method",
      text: ["扫一扫付款", "登录账户付款", "Scan to pay", "Log in to pay"],
      selectors: ["#J_qrCode", ".qrcode-img-area"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["支付失败", "订单已超时", "交易已关闭", "Payment failed", "订单信息有误"],
      weight: 4
    },
    {
      step: "receipt",
      text: ["您已成功付款", "支付成功", "Payment successful"],
      weight: 4
    }
  ],
  errorRegions: [".ui-tipbox-error", ".error-tips", ".J_errorTips"],
  payment: {
    accepted: ["alipay"],
    currency: "CNY",
    unverified: true
  },
  timeZone: "Asia/Shanghai",
  hints: {
    "payment-method": [
      {
        en: "Open the Alipay app on your phone and scan the code. The code expires after a while; if it does, refresh the order on the original site.",
        "zh-CN": "请用手机打开支付宝 App 扫描二维码。二维码有时效，过期后请回到原网站重新发起付款。"
      },
      {
        en: "The amount is shown in yuan at today's rate; it may differ slightly from the foreign price.",
        "zh-CN": "金额会按当天汇率显示为人民币，和外币标价可能略有差别。"
      }
    ]
  },
  notes: [
    {
      en: "After paying, the payer must return to the merchant's page (or wait for the redirect) so the merchant records the payment; closing the window early can leave the order 'unpaid' on the merchant side.",
      "zh-CN": "付款后要回到商家页面（或等待自动跳转），商家才会记录付款；过早关闭窗口可能导致商家那边显示 “未付款”。"
    }
  ],
  sources: [
    {
      url: "https://github.com/melitigo/AlipaySDK/blob/master/src/main/java/sample/CreateForexTradeSample.java",
      fact: "Cross-border create_forex_trade requests go to https://globalmapi.alipay.com/gateway.do",
      verified: true
    },
    {
      url: "https://github.com/odoo/odoo/blob/16.0/addons/payment_alipay/README.md",
      fact: "Alipay cross-border website payment uses a redirection flow (global.alipay.com docs)",
      verified: true
    },
    {
      url: "https://www.immihelp.com/usa-visa-fee-payment-options-in-china/",
      fact: "US visa fee in China: Alipay page with a QR code, then redirect back to the merchant",
      verified: false
    },
    {
      url: "https://excashier.alipay.com/",
      fact: "Cashier hosts excashier.alipay.com / intl.alipay.com / mapi.alipay.com and the page wording are our reading",
      verified: false
    }
  ],
  testUrls: ["https://excashier.alipay.com/standard/auth.htm"]
}
