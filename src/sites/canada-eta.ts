import type { SiteProfile } from "~src/sites/profile"

/**
 * Canada — Electronic Travel Authorization (eTA), Immigration, Refugees and Citizenship Canada.
 * One person per application; the CAD 7 fee is paid by card at the end of the form.
 *
 * Test URLs:
 * - https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome
 */
export const profile: SiteProfile = {
  id: "canada-eta",
  names: { en: "Canada eTA", "zh-CN": "加拿大电子旅行证（eTA）" },
  country: "CA",
  kind: "portal",
  hosts: ["onlineservices-servicesenligne.cic.gc.ca"],
  pathPrefixes: ["/eta"],
  languages: ["en", "fr"],
  steps: [
    {
      step: "application",
      url: [/^\/eta\/(?:applicant|review|questions)/i],
      text: ["Review your information", "Vérifiez vos renseignements", "Applicant information"],
      selectors: ["#review-application"]
    },
    {
      step: "card-entry",
      url: [/^\/eta\/payment/i],
      text: ["Payment information", "Renseignements sur le paiement"],
      autocomplete: ["cc-number", "cc-csc"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment declined", "Paiement refusé", "Your session has expired", "Votre session a expiré"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Application submitted", "Demande soumise", "Print your receipt"],
      selectors: ["#eta-receipt"],
      weight: 2
    }
  ],
  errorRegions: [".alert-danger", "#errors", ".label-danger"],
  payment: {
    accepted: ["visa", "mastercard", "amex", "unionpay", "jcb"],
    notAccepted: ["paypal", "bank-transfer"],
    currency: "CAD",
    unverified: true
  },
  timeZone: "America/Toronto",
  hints: {
    "card-entry": [
      {
        en: "The fee is 7 Canadian dollars. Visa, Mastercard, American Express, UnionPay and JCB cards are taken; PayPal is not.",
        "zh-CN": "费用是 7 加元，可以用 Visa、万事达、美国运通、银联和 JCB 卡，不能用 PayPal。"
      },
      {
        en: "Print or save the receipt as soon as it appears — the site cannot show it again later.",
        "zh-CN": "收据一出现就请打印或保存，之后网站无法再显示。"
      }
    ]
  },
  notes: [
    {
      en: "The form cannot be saved and times out; a 'session timeout warning' box offers to continue. A timeout before payment means starting again.",
      "zh-CN": "表格无法保存，一段时间不操作会超时，会弹出 “session timeout warning” 提示框让您继续。付款前超时就需要重新填写。"
    },
    {
      en: "Payment is processed in Canada, so the card must allow international transactions; prepaid cards should stay active for refunds.",
      "zh-CN": "付款在加拿大处理，银行卡必须开通国际交易；预付卡需保持有效以便退款。"
    }
  ],
  sources: [
    {
      url: "https://www.jobs77.online/2019/11/eta-canada.html",
      fact: "Republished IRCC text: CAD 7 fee; Visa, Mastercard, American Express (incl. prepaid), Visa Debit, Debit Mastercard, UnionPay, JCB, Interac; one person per application; print receipt right away; session timeout warning",
      verified: false
    },
    {
      url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/eta/apply.html",
      fact: "Official how-to-apply page (not read directly here)",
      verified: false
    },
    {
      url: "https://canada-eta.com/payment-processing-on-a-canada-eta-application/",
      fact: "PayPal and bank transfers not accepted (third-party guide)",
      verified: false
    },
    {
      url: "https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome",
      fact: "Host and /eta path; later paths and ids are our reading",
      verified: false
    }
  ],
  testUrls: ["https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome"]
}
