import type { SiteProfile } from "~src/sites/profile"

/**
 * TLScontact — visa application centre booking sites (visas-fr.tlscontact.com,
 * visas-de.tlscontact.com, uk.tlscontact.com…). Service fees and optional services are paid
 * online when booking, with methods chosen per country.
 *
 * Test URLs:
 * - https://visas-fr.tlscontact.com/visa/cn/cnBJS2fr/home
 */
export const profile: SiteProfile = {
  id: "tlscontact",
  names: { en: "TLScontact appointment site", "zh-CN": "TLScontact 签证中心预约网站" },
  country: null,
  kind: "portal",
  hosts: ["*.tlscontact.com"],
  languages: ["en", "fr", "zh-CN"],
  steps: [
    {
      step: "login",
      url: [/\/(?:login|oauth2|auth)/i],
      text: ["Log in", "Connexion", "登录"],
      selectors: ["form#kc-form-login", "input#username"]
    },
    {
      step: "application",
      url: [/\/(?:home|formGroup|myapp)/i],
      text: ["Book an appointment", "Prendre rendez-vous", "预约"],
      selectors: [".tls-appointment"]
    },
    {
      step: "payment-method",
      url: [/\/(?:payment|checkout|basket)/i],
      text: ["Payment method", "Mode de paiement", "支付方式"],
      weight: 2
    },
    {
      step: "confirmation",
      text: ["Payment failed", "Échec du paiement", "支付失败"],
      weight: 3
    },
    {
      step: "receipt",
      text: ["Payment successful", "Paiement réussi", "支付成功"],
      weight: 3
    }
  ],
  errorRegions: [".alert-danger", ".error", "[role='alert']"],
  payment: {
    accepted: ["visa", "mastercard", "unionpay", "alipay"],
    unverified: true
  },
  hints: {
    "payment-method": [
      {
        en: "This pays TLScontact's service fee and any extras you chose, not the visa fee itself.",
        "zh-CN": "这里支付的是 TLScontact 的服务费和您选的附加服务，不是签证费本身。"
      }
    ]
  },
  notes: [
    {
      en: "Each country's TLScontact site is a subdomain of tlscontact.com, so one pattern covers them; payment providers differ by centre.",
      "zh-CN": "各国的 TLScontact 网站都是 tlscontact.com 的子域名，一个规则即可覆盖；各中心的支付服务商不同。"
    }
  ],
  sources: [
    {
      url: "https://skillscampus.com.au/doc/popular-digital-payment-options-accepted-for-visa-application-fees",
      fact: "VACs including TLScontact collect fees online; methods differ by country",
      verified: false
    },
    {
      url: "https://visas-fr.tlscontact.com/",
      fact: "visas-*.tlscontact.com hosts from our brief; paths and headings are our reading",
      verified: false
    }
  ],
  testUrls: ["https://visas-fr.tlscontact.com/visa/cn/cnBJS2fr/home"]
}
