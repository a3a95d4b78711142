import { usePanel } from "./panel-context"

/** How to find out whether money was taken before paying again. */
export function PaymentStatusSteps() {
  const { t } = usePanel()
  return (
    <ol class="evph-action-body evph-numbered">
      <li>{t("status.step1")}</li>
      <li>{t("status.step2")}</li>
      <li>{t("status.step3")}</li>
    </ol>
  )
}
