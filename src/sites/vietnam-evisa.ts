import type { SiteProfile } from "~src/sites/profile"

/**
 * Viet Nam — e-visa, Immigration Department (Ministry of Public Security). The fee (USD 25
 * single entry, USD 50 multiple entry) is paid through the portal's electronic payment gateway.
 *
 * Test URLs:
 * - https://evisa.gov.vn/
 * - https://evisa.xuatnhapcanh.gov.vn/
 */
export const profile: SiteProfile = {
  id: "vietnam-evisa",
  names: { en: "Viet Nam e-visa", "zh-CN": "越南电子签证" },
  country: "VN",
  kind: "portal",
  hosts: ["evisa.gov.vn", "evisa.xuatnhapcanh.gov.vn"],
  languages: ["vi", "en"],
  steps: [
    {
      step: "application",
      url: [/\/(?:e-visa\/foreigners|khai-thi-thuc|apply)/i],
      text: ["Thông tin cá nhân", "Personal information", "Xác nhận thông tin", "Confirm information"],
      selectors: ["form#evisaForm"]
    },
    {
      step: "payment-method",
      url: [/\/(?:thanh-toan|payment)/i],
      text: ["Thanh toán lệ phí", "Pay the fee", "Chọn phương thức thanh toán"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Thanh toán không thành công", "Payment failed", "Giao dịch thất bại"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Thanh toán thành công", "Payment successful", "Mã hồ sơ"],
      weight: 3
    }
  ],
  errorRegions: [".alert-danger", ".ant-message-error", ".ant-form-item-explain-error"],
  payment: {
    accepted: ["visa", "mastercard", "jcb", "amex"],
    currency: "USD",
    unverified: true
  },
  timeZone: "Asia/Ho_Chi_Minh",
  hints: {
    "payment-method": [
      {
        en: "The official fee is 25 US dollars (single entry) or 50 (multiple entry). If a site asks for much more, it is not the official portal.",
        "zh-CN": "官方费用是单次入境 25 美元、多次入境 50 美元。如果网站收费高很多，那就不是官方网站。"
      },
      {
        en: "Write down the application code (Mã hồ sơ) before you pay — you need it to check the result.",
        "zh-CN": "付款前请记下申请编号（Mã hồ sơ），之后查询结果要用到。"
      }
    ]
  },
  notes: [
    {
      en: "The Immigration Department warned that agents publish false fee information; the fee is set by the Ministry of Finance and paid only via the portal's payment gateway.",
      "zh-CN": "越南移民局曾提醒，有中介发布虚假收费信息；费用由财政部规定，只能通过官方门户的支付网关缴纳。"
    }
  ],
  sources: [
    {
      url: "https://www.sggpnews.org.vn/national/immigration-department-gives-advice-to-foreign-evisa-applicants-102898.html",
      fact: "Fee set by the Ministry of Finance (USD 25 at the time), paid via the electronic payment gateway; processing within three working days",
      verified: true
    },
    {
      url: "https://vi.phongnhaexplorer.com/hoi-dap/du-lich/lam-visa-online-mat-bao-nhieu-tien.html",
      fact: "USD 25 single entry, USD 50 multiple entry",
      verified: false
    },
    {
      url: "https://www.vietnam-evisagov.com/in/india-faqs",
      fact: "Card brands (Mastercard, Visa, American Express; JCB in other guides) — third-party, not confirmed",
      verified: false
    },
    {
      url: "https://evisa.gov.vn/",
      fact: "Hosts from our brief; paths and Vietnamese headings are our reading",
      verified: false
    }
  ],
  testUrls: ["https://evisa.gov.vn/", "https://evisa.xuatnhapcanh.gov.vn/"]
}
