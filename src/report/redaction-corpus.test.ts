import { describe, expect, it } from "vitest"

import { redactText } from "./redact"
import { REDACTION_MARKS } from "./redaction-marks"

/**
 * The redaction corpus: lines as applicants, portals and gateways write them. Each
 * positive line lists exactly what the redacted text must read; each negative line must
 * come back untouched. Test card numbers are the networks' published test numbers.
 */
const POSITIVE: [input: string, expected: string][] = [
  // card numbers, every brand, with spaces, dashes or none
  ["Card 4111 1111 1111 1111 declined", "Card ‹card› declined"],
  ["卡号4111-1111-1111-1111被拒绝了", "卡号‹card›被拒绝了"],
  ["visa 4012888888881881", "visa ‹card›"],
  ["Visa 13 digits 4222222222222", "Visa 13 digits ‹card›"],
  ["Mastercard 5555 5555 5555 4444", "Mastercard ‹card›"],
  ["Mastercard 2-series 2223 0031 2200 3222", "Mastercard 2-series ‹card›"],
  ["amex 3782 822463 10005", "amex ‹card›"],
  ["AMEX 371449635398431 was refused", "AMEX ‹card› was refused"],
  ["银联卡 6212 3456 7890 1232 支付失败", "银联卡 ‹card› 支付失败"],
  ["银联19位 6212345678901234569", "银联19位 ‹card›"],
  ["JCB 3530 1113 3330 0000", "JCB ‹card›"],
  ["Discover 6011 1111 1111 1117", "Discover ‹card›"],
  ["Diners 3056 9309 0259 04", "Diners ‹card›"],
  ["Diners 30569309025904 ok?", "Diners ‹card› ok?"],
  ["my card 4111 1111 1111 1112 (typo) failed", "my card ‹card› (typo) failed"],
  ["中信银行卡6222 0212 3456 789，帮我看看", "中信银行卡‹card›，帮我看看"],
  ["(05) 4111 1111 1111 1111", "(05) ‹card›"],
  // one-time codes the bank sends
  ["验证码 482913，请勿告诉他人", "验证码 ‹otp›，请勿告诉他人"],
  ["【银行】您的短信验证码为：739201，5分钟内有效", "【银行】您的短信验证码为：‹otp›，5分钟内有效"],
  ["Your OTP is 550148. Do not share it.", "Your OTP is ‹otp›. Do not share it."],
  ["one-time passcode: 8812", "one-time passcode: ‹otp›"],
  // CVV and expiry next to card words
  ["CVV: 123, exp 12/28", "CVV: ‹cvv›, exp ‹expiry›"],
  ["CVC2 is 4567", "CVC2 is ‹cvv›"],
  ["Security code 321 Expiry date: 09/2027", "Security code ‹cvv› Expiry date: ‹expiry›"],
  ["安全码是123，有效期至12/2028", "安全码是‹cvv›，有效期至‹expiry›"],
  ["卡背面三位数 789", "卡背面三位数 ‹cvv›"],
  ["卡验证码：852", "卡验证码：‹cvv›"],
  ["有效期 2028年12月", "有效期 ‹expiry›"],
  ["valid thru 11 / 29", "valid thru ‹expiry›"],
  ["Exp. 2029-03", "Exp. ‹expiry›"],
  // e-mails
  ["email zhang.san2026@qq.com.", "email ‹email›."],
  ["请发到 li_si+visa@163.com 谢谢", "请发到 ‹email› 谢谢"],
  ["Contact: a.b-c@mail.example.co.uk", "Contact: ‹email›"],
  // phones
  ["手机13800138000收不到验证码", "手机‹phone›收不到验证码"],
  ["我的手机号是 138 0013 8000", "我的手机号是 ‹phone›"],
  ["号码 139-1234-5678 是联通的", "号码 ‹phone› 是联通的"],
  ["+86 138 0013 8000", "‹phone›"],
  ["0086-13800138000", "‹phone›"],
  ["8613800138000", "‹phone›"],
  ["+86 10 6552 9988", "‹phone›"],
  ["电话 010-65529988", "电话 ‹phone›"],
  ["座机(0755) 8888 6666", "座机‹phone›"],
  ["+1 (415) 555-0134", "‹phone›"],
  ["+44 20 7946 0958", "‹phone›"],
  ["call +91 98765 43210 please", "call ‹phone› please"],
  ["phone: 415-555-0134", "phone: ‹phone›"],
  ["Tel 98765 43210", "Tel ‹phone›"],
  // passports
  ["Passport No: E12345678", "Passport No: ‹passport›"],
  ["护照号码 EA1234567", "护照号码 ‹passport›"],
  ["护照号：G12345678", "护照号：‹passport›"],
  ["passport K1234567", "passport ‹passport›"],
  ["passport number is AB1234567", "passport number is ‹passport›"],
  ["E98765432 是我的护照", "‹passport› 是我的护照"],
  // references and account ids
  ["Application IND-2026-000123 pending", "Application ‹ref› pending"],
  ["申请号 AUS2026112700123 已提交", "申请号 ‹ref› 已提交"],
  ["Transaction ID: 403993715521234567", "Transaction ID: ‹ref›"],
  ["order 1234567890", "order ‹ref›"],
  ["IBAN GB82 WEST 1234 5698 7654 32", "IBAN ‹ref›"],
  ["IBAN DE89370400440532013000", "IBAN ‹ref›"],
  ["身份证 11010119900307451X", "身份证 ‹ref›"],
  ["pi_3NfK2eZvKYlo2C0abcd1234", "‹ref›"],
  ["ref a1b2c3d4e5f6a7b8", "ref ‹ref›"],
  // several in one line
  [
    "Payment by 4111111111111111 for IND-2026-000123 (zhang@qq.com, +86 13800138000) failed at 2026-11-27 14:05",
    "Payment by ‹card› for ‹ref› (‹email›, ‹phone›) failed at 2026-11-27 14:05"
  ]
]

/** Lines a volunteer needs intact: codes, amounts, times, versions, percentages. */
const NEGATIVE: string[] = [
  "Error E1234: Transaction declined (05)",
  "验证码错误次数过多，请 30 分钟后再试",
  "The OTP you entered is incorrect. 2 attempts remaining.",
  "OTP expired after 300 seconds",
  "HTTP 403 Forbidden",
  "reason code 51 — insufficient funds",
  "Response code: 05 Do not honour",
  "ERR_BLOCKED_BY_CLIENT net::ERR_CONNECTION_TIMED_OUT",
  "ERR_HTTP2_PROTOCOL_ERROR",
  "USD 80.00",
  "₹2,500",
  "Amount: 1,234.56",
  "INR 7,700.00 will be charged",
  "应付金额 568.00 元",
  "费用为 80 美元",
  "2026-11-27",
  "27/11/2026 14:05",
  "2026-11-27T11:05:00+08:00",
  "2026年11月27日 14:05:33",
  "Chrome 131.0.6778.85",
  "iOS 17.4.1",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36",
  "Android 14; Pixel 8",
  "success rate 12.5%",
  "100 %",
  "UTC+08:00 GMT+0800 (China Standard Time)",
  "Visa-Secure-2024",
  "iPhone15ProMax",
  "Order 12345678",
  "请在 15 分钟内完成支付",
  "3-D Secure 2.2 authentication failed",
  "您的银行卡不支持境外交易，请联系发卡行 95588",
  "交易失败，错误代码 E0501",
  "CVV error code 403",
  "CVV must be 3 digits",
  "The card expires soon",
  "Session expires in 20:00",
  "Windows 11 23H2",
  "UTF-8 SHA256 x86_64",
  "Step 4 of 7",
  "192.168.1.10",
  "付款失败(错误码:1001)",
  "Please retry after 30 minutes",
  "订单号 20261127"
]

describe("redaction corpus: positives", () => {
  for (const [input, expected] of POSITIVE) {
    it(input, () => {
      const result = redactText(input)
      expect(result.text).toBe(expected)
      // Every reported position points at a mark of the reported kind.
      for (const r of result.redactions) expect(result.text.slice(r.start, r.end)).toBe(REDACTION_MARKS[r.kind])
    })
  }
})

describe("redaction corpus: negatives stay as they are", () => {
  for (const input of NEGATIVE) {
    it(input, () => {
      expect(redactText(input)).toEqual({ text: input, redactions: [] })
    })
  }
})
