import type { FixDefinition } from "../types"

/** Fixes the applicant does with the card in hand, or by calling the bank (seed 3.2.1). */
export const CARD_AND_BANK_FIXES: FixDefinition[] = [
  {
    id: "check-card-details",
    actor: "applicant",
    action: "card-checklist",
    title: { "zh-CN": "仔细核对卡片信息", en: "Check the card details carefully" },
    steps: [
      { "zh-CN": "对照卡片正面，逐位核对卡号，不要多输或漏输空格以外的字符。", en: "Compare the card number digit by digit with the front of your card." },
      { "zh-CN": "有效期按“月/年”填写，例如 08/27。", en: "Enter the expiry date as month/year, for example 08/27." },
      { "zh-CN": "安全码是卡背面签名栏旁的 3 位数字（美国运通卡是正面的 4 位数字）。", en: "The security code is the 3 digits on the back near the signature strip (4 digits on the front for American Express)." },
      { "zh-CN": "持卡人姓名按卡面的拼音或英文填写。", en: "Type the cardholder name exactly as printed on the card." }
    ]
  },
  {
    id: "check-billing-details",
    actor: "applicant",
    title: { "zh-CN": "核对账单地址和姓名", en: "Check the billing address and name" },
    steps: [
      { "zh-CN": "在银行 App 或账单上查看银行登记的账单地址和邮编。", en: "Look up the billing address and postcode your bank has on file (bank app or statement)." },
      { "zh-CN": "按银行登记的内容填写，邮编一个字也不要差。", en: "Enter them exactly as the bank has them, including the postcode." }
    ]
  },
  {
    id: "check-balance",
    actor: "applicant",
    title: { "zh-CN": "查看余额或可用额度", en: "Check your balance or available credit" },
    steps: [
      { "zh-CN": "打开银行 App，查看这张卡的可用余额或信用额度。", en: "Open your bank app and check this card's available balance or credit." },
      { "zh-CN": "签证费按外币收取，银行还可能加收手续费，请多留一些余量。", en: "The fee is charged in a foreign currency and the bank may add a fee, so leave some margin." },
      { "zh-CN": "存入足够的钱或换一张额度充足的卡后再付款。", en: "Top up, or use a card with enough room, then pay again." }
    ]
  },
  {
    id: "contact-bank-enable-overseas",
    actor: "bank",
    title: { "zh-CN": "联系银行开通境外支付后再试", en: "Ask your bank to turn on overseas payments, then retry" },
    steps: [
      { "zh-CN": "拨打卡背面的客服电话，或在银行 App 的“卡片管理”里查找“境外交易 / 境外支付”开关。", en: "Call the number on the back of your card, or look for the overseas / international payments switch in your bank app's card settings." },
      { "zh-CN": "告诉银行：要在境外网站支付签证费，请开通境外网上支付，并确认境外交易限额够用。", en: "Tell the bank you need to pay a visa fee on a foreign website: ask them to allow overseas online payments and check the overseas limit." },
      { "zh-CN": "开通后等几分钟再重新付款。", en: "Wait a few minutes after it is turned on, then pay again." }
    ]
  },
  {
    id: "contact-bank-enable-online",
    actor: "bank",
    title: { "zh-CN": "联系银行开通网上支付", en: "Ask your bank to allow online payments" },
    steps: [
      { "zh-CN": "在银行 App 或柜台开通这张卡的网上支付（无卡支付）功能。", en: "Turn on online (card-not-present) payments for this card in your bank app or at a branch." },
      { "zh-CN": "开通后重新付款。", en: "Then pay again." }
    ]
  },
  {
    id: "contact-bank-raise-limit",
    actor: "bank",
    title: { "zh-CN": "请银行调整限额", en: "Ask your bank to raise the limit" },
    steps: [
      { "zh-CN": "在银行 App 里查看单笔、单日和境外交易限额。", en: "Check the per-payment, daily and overseas limits in your bank app." },
      { "zh-CN": "把限额临时调高到大于签证费（含手续费），或联系客服调整。", en: "Raise them above the fee (including charges) for now, or ask customer service to do it." },
      { "zh-CN": "调整后重新付款。", en: "Then pay again." }
    ]
  },
  {
    id: "contact-bank-about-card",
    actor: "bank",
    title: { "zh-CN": "联系发卡银行询问卡片状态", en: "Ask your bank about the card's status" },
    steps: [
      { "zh-CN": "拨打卡背面的客服电话，说明在境外网站支付签证费被拒。", en: "Call the number on the back of the card and say a visa fee payment on a foreign website was refused." },
      { "zh-CN": "请银行说明这张卡是否被冻结、挂失或限制使用，以及怎样解除。", en: "Ask whether the card is frozen, reported lost or restricted, and how to lift it." },
      { "zh-CN": "如果卡暂时不能用，请换一张卡。", en: "If the card cannot be used for now, use another card." }
    ]
  },
  {
    id: "confirm-payment-with-bank",
    actor: "bank",
    title: { "zh-CN": "向银行确认是本人付款", en: "Confirm to your bank that the payment is yours" },
    steps: [
      { "zh-CN": "留意银行发来的短信或 App 通知，按提示确认这笔交易是本人操作。", en: "Watch for a text or app message from your bank and confirm the payment is yours." },
      { "zh-CN": "没有收到提示就拨打卡背面的客服电话说明情况。", en: "If nothing arrives, call the number on the back of your card." },
      { "zh-CN": "银行解除后再付一次，不要连续多次重试。", en: "Pay again once the bank has cleared it; don't retry many times in a row." }
    ]
  },
  {
    id: "enroll-in-bank-verification",
    actor: "bank",
    title: { "zh-CN": "开通银行的网上支付安全验证", en: "Sign up for your bank's online payment security check" },
    steps: [
      { "zh-CN": "在银行 App 或网银中开通这张卡的网上支付验证服务（Visa 验证、万事达安全码等）。", en: "In your bank app or online banking, turn on the online payment security check for this card (Visa Secure, Mastercard Identity Check…)." },
      { "zh-CN": "确认银行登记的手机号能收到短信。", en: "Make sure the phone number the bank holds can receive texts." },
      { "zh-CN": "完成后重新付款。", en: "Then pay again." }
    ]
  },
  {
    id: "use-another-card",
    actor: "applicant",
    title: { "zh-CN": "换一张卡付款", en: "Pay with another card" },
    steps: [
      { "zh-CN": "准备另一张已开通境外支付的 Visa 或万事达信用卡。", en: "Use another Visa or Mastercard credit card that works abroad." },
      { "zh-CN": "回到选择支付方式的页面，用新卡重新付款。", en: "Go back to the payment page and pay with that card." }
    ]
  }
]
