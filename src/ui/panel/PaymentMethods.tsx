import { PAYMENT_METHODS } from "~src/flow/payment-methods"

import { usePanel } from "./panel-context"

/** Which methods this portal takes and does not take (seed 2.4, 3.2.4), from its profile. */
export function PaymentMethods() {
  const { model, t, locale } = usePanel()
  const payment = model.profile?.payment
  const separator = locale === "zh-CN" ? "、" : ", "
  if (!payment || payment.accepted.length === 0) return <p class="evph-action-body">{t("methods.unknown")}</p>
  const names = (ids: readonly (keyof typeof PAYMENT_METHODS)[]) => ids.map((id) => PAYMENT_METHODS[id][locale]).join(separator)
  return (
    <div class="evph-action-body">
      <p>{t("methods.accepted", { methods: names(payment.accepted) })}</p>
      {payment.notAccepted && payment.notAccepted.length > 0 && <p>{t("methods.notAccepted", { methods: names(payment.notAccepted) })}</p>}
      {payment.unverified && <p class="evph-small">{t("methods.unverified")}</p>}
    </div>
  )
}
