import type { SiteProfile } from "~src/sites/profile"

/**
 * Bank verification (3-D Secure "ACS" pages) — the page where the card issuer asks for the
 * extra security code. Issuer hosts vary endlessly, so this profile lists only hosts we could
 * cite and relies mainly on what the page shows; the generic profile covers the rest.
 *
 * Test URLs:
 * - https://acs.onlinesbi.com/sbi/
 * - https://cardsecurity.enstage.com/ACSWeb/
 */
export const profile: SiteProfile = {
  id: "bank-3ds",
  names: { en: "Bank security check (3-D Secure)", "zh-CN": "银行安全验证页面" },
  country: null,
  kind: "bank-verification",
  hosts: ["acs.onlinesbi.com", "cardsecurity.enstage.com"],
  languages: ["en", "zh-CN", "hi"],
  steps: [
    {
      step: "verification",
      autocomplete: ["one-time-code"],
      selectors: ["input[name*='otp' i]", "input#otpValue"],
      text: [
        "Enter OTP",
        "One Time Password",
        "Verified by Visa",
        "Visa Secure",
        "Mastercard ID Check",
        "Mastercard Identity Check",
        "American Express SafeKey",
        "J/Secure",
        "输入验证码",
        "短信验证码",
        "银联在线支付安全认证"
      ],
      weight: 2
    },
    {
      step: "confirmation",
      text: [
        "Authentication failed",
        "OTP has expired",
        "Maximum attempts exceeded",
        "验证失败",
        "验证码已过期",
        "验证码错误次数过多"
      ],
      weight: 4
    }
  ],
  errorRegions: [".error", ".errorMsg", "#errorMessage", "[role='alert']"],
  hints: {
    verification: [
      {
        en: "Your bank sent a code to the phone number it holds for you (not necessarily the one you gave the visa site). Type it here before it expires.",
        "zh-CN": "银行已把验证码发到您在银行登记的手机号（不一定是您在签证网站上填的号码），请在过期前填写。"
      },
      {
        en: "No code? Wait a minute, check signal and blocked messages, then use 'Resend'. Too many wrong codes can lock the card for online payments for a while.",
        "zh-CN": "没收到验证码？请等一分钟，检查手机信号和短信拦截，再点 “重新发送”。输错次数太多可能会让这张卡的网上支付暂时被锁定。"
      }
    ]
  },
  notes: [
    {
      en: "If the bank's page shows no code box at all or stays blank, the issuer's server or a blocked third-party frame is likely; the applicant should not keep retrying the whole payment.",
      "zh-CN": "如果银行页面完全没有验证码输入框或一直空白，多半是发卡行服务器或被拦截的第三方窗口的问题，申请人不要反复重试整个付款。"
    },
    {
      en: "The code goes to the phone number registered with the bank; a changed or different number is a frequent cause of 'no SMS received'.",
      "zh-CN": "验证码会发到银行预留的手机号；换过号码或号码不一致，是“收不到短信”的常见原因。"
    }
  ],
  sources: [
    {
      url: "https://github.com/testpress/android-sdk/blob/master/store/src/main/java/in/testpress/store/ccavenue/ConstantBankUrl.java",
      fact: "Issuer ACS URLs seen in payment flows: https://acs.onlinesbi.com/sbi/ (SBI debit cards), https://cardsecurity.enstage.com/ACSWeb/ (Kotak Visa debit)",
      verified: true
    },
    {
      url: "https://docs.stripe.com/payments/3d-secure",
      fact: "3-D Secure: the issuer may ask the cardholder to authenticate with a one-time code or app",
      verified: true
    },
    {
      url: "https://www.visa.com/",
      fact: "Brand names of card-scheme verification programmes (Visa Secure, Mastercard Identity Check, SafeKey, J/Secure) as landmark text; page layouts are our reading",
      verified: false
    }
  ],
  testUrls: ["https://acs.onlinesbi.com/sbi/"]
}
