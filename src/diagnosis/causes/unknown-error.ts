import { defineCause } from "../cause"

export const cause = defineCause({
  id: "unknown-error",
  category: "unknown",
  title: { "zh-CN": "出错了，但看不出具体原因", en: "Something went wrong, but the reason isn't clear" },
  explanation: {
    "zh-CN": "页面报了错，但没有说明原因。别着急：先确认有没有扣款，然后把报告复制给志愿者，我们一起看。",
    en: "The page showed an error without saying why. Don't worry: check whether you were charged, then copy the report to a volunteer and we'll look at it together."
  },
  technical: { "zh-CN": "错误文字未匹配任何已知原因；请查看报告中的原文、步骤、环境与网络记录。", en: "Error text matched no known cause; see the raw text, step, environment and network log in the report." },
  recognition: {
    hints: [
      /something went wrong|unexpected error|an error (has )?occurred|error occurred|unable to process|\berror\b|\bfailed\b|unsuccessful/,
      /出错|错误|失败|未成功|异常/,
      /đã xảy ra lỗi|\blỗi\b|\bhata\b|se ha producido un error|une erreur/,
      /oops|didn't go|couldn't|could not|unable to|can't be|cannot be|didn't work|did not work|not (be )?(completed|processed)|try again|无法|未能|请稍后(再)?试|重试|抱歉/,
      /invalid request|bad request/,
      /(ocurrió|se produjo|ha ocurrido) un error|une erreur (est survenue|s'est produite)|bir hata oluştu|terjadi kesalahan|เกิดข้อผิดพลาด|حدث خطأ/
    ]
  },
  fallback: true,
  fixes: ["check-payment-status-first", "ask-volunteer", "contact-portal-support"],
  examples: [
    { text: "Something went wrong. Please try again.", lang: "en" },
    { text: "操作失败，请重试", lang: "zh-CN" },
    { text: "發生未知錯誤", lang: "zh-TW" }
  ],
  negatives: [{ text: "Payment successful", lang: "en" }]
})
