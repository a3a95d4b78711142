import type { DiagnosisItem } from "~src/diagnosis/types"
import { PAYMENT_METHODS } from "~src/flow/payment-methods"

import { backupMethods } from "./backup-methods"
import { usePanel } from "./panel-context"

/** "This portal also takes PayPal": a backup when the card was refused (seed case 5.1). */
export function BackupMethods({ item }: { item: DiagnosisItem }) {
  const { model, t, locale } = usePanel()
  const methods = backupMethods(item.category, model.profile?.payment, model.answers.paymentMethod)
  if (methods.length === 0) return null
  const names = methods.map((id) => PAYMENT_METHODS[id][locale]).join(locale === "zh-CN" ? "、" : ", ")
  return (
    <p class="evph-backup" data-evph="backup-methods">
      <strong>{t("backup.title")}</strong> {t("backup.methods", { methods: names })}
      {model.profile?.payment?.unverified && ` ${t("methods.unverified")}`}
    </p>
  )
}
