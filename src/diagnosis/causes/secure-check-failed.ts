import { defineCause } from "../cause"

export const cause = defineCause({
  id: "secure-check-failed",
  category: "verification-failed",
  title: { "zh-CN": "银行的安全验证没有通过", en: "The bank's security check didn't pass" },
  explanation: {
    "zh-CN": "银行发送的额外安全验证没有通过（可能是验证码、密码或银行 App 确认没有成功）。请再试一次；仍不行就联系银行问原因。",
    en: "The extra security check from your bank didn't pass (the code, password or app approval didn't go through). Try once more; if it fails again, ask your bank why."
  },
  technical: { "zh-CN": "3-D Secure 认证失败：transStatus N，transStatusReason 01；Adyen “3D Not Authenticated”；Stripe payment_intent_authentication_failure。", en: "3-D Secure authentication failed: transStatus N, transStatusReason 01; Adyen “3D Not Authenticated”; Stripe payment_intent_authentication_failure." },
  recognition: {
    concepts: [[/bank|银行|发卡行|issuer|3-?d|authenticat|身份|otp|动态密码|xác thực|doğrulama|autenticación|authentification|autentikasi|verifikasi|ยืนยันตัวตน|المصادقة|التحقق/, /could not (verify|complete)|couldn't complete|unable to complete|couldn't verify|unable to verify|verification failed|authentication failed|验证失败|认证失败|验证未通过|认证未通过|not authenticated|unsuccessful|was not successful|không thành công|thất bại|başarısız|fallid[oa]|ha fallado|(a )?échoué|échec|gagal|ไม่สำเร็จ|ล้มเหลว|فشل/]],
    text: [
      /3-?d ?secure (authentication |verification |check )?(was |has )?(failed|failure|unsuccessful|not successful)/,
      /3d not authenticated/,
      /(went wrong|an error|a problem|failed).{0,30}(3-?d ?secure|3ds)\b|(3-?d ?secure|3ds)\b.{0,30}(went wrong|an error|a problem)/,
      /(unable|not able) to authenticate/,
      /authentication[ _](failed|failure|unsuccessful)/,
      /3d ?(验证|认证)(失败|未通过)/,
      /(持卡人)?身份(认证|验证)失败/,
      /(银行)?安全验证(未通过|失败)/,
      /authentification.{0,15}(échoué|échec)/,
      /(otp|动态密码|短信)(验证|认证)(失败|未通过)/,
      /xác thực.{0,20}(không thành công|thất bại)/,
      /(3d secure|kimlik) doğrulama.{0,20}başarısız|doğrulama işlemi başarısız/,
      /autenticación.{0,20}(fallida|fallido|ha fallado|no (se )?(pudo|ha podido))/,
      /(autentikasi|verifikasi) (3d secure |otp )?gagal/,
      /การยืนยันตัวตน.{0,10}(ล้มเหลว|ไม่สำเร็จ)/,
      /فشل.{0,10}(المصادقة|التحقق)/
    ],
    hints: [/transstatus\s?[:=]?\s?"?n\b/],
    codes: { "3ds-reason": ["01"] },
    signals: [{ signal: "third-party-cookies-at-verification", weight: 0.2, supportOnly: true }],
    steps: ["verification", "confirmation"],
    // "Declined by your card issuer" is a decline, not a failed check, unless the check is named.
    exclude: [/^(?!.{0,300}(3-?d|authenticat|verif|验证|认证)).{0,300}\bdeclined\b/]
  },
  fixes: ["enter-latest-code-promptly", "contact-bank-about-card", "use-another-card"],
  examples: [
    { text: "3D Secure authentication failed.", lang: "en" },
    { text: "Refused: 3D Not Authenticated", lang: "en" },
    { text: "持卡人身份认证失败", lang: "zh-CN" },
    { text: "3D 驗證失敗", lang: "zh-TW" },
    { text: "銀行身分驗證未通過，本次付款已取消", lang: "zh-TW" },
    { text: "Bank verification was not successful for this purchase.", lang: "en" },
    { text: "We hit a problem with the 3DS check on your card.", lang: "en" },
    { text: "L'authentification 3D Secure a échoué.", lang: "fr" },
    { text: "Verifikasi OTP gagal, silakan coba lagi.", lang: "id" }
  ],
  negatives: [{ text: "Address verification failed.", lang: "en" }],
  sources: [
    { url: "https://docs.adyen.com/development-resources/refusal-reasons/", fact: "3D Not Authenticated", verified: true },
    { url: "https://docs.adyen.com/issuing/3d-secure/troubleshooting", fact: "3DS authentication failures and temporary blocks", verified: true }
  ]
})
