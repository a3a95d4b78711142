import { usePanel } from "./panel-context"

/** Section 8: on the receipt page, keep the proof (seed 1.2 step 7). */
export function ReceiptReminder() {
  const { model, t } = usePanel()
  if (model.state.step.id !== "receipt") return null
  return (
    <section class="evph-section evph-notice evph-notice--good" aria-labelledby="evph-receipt-heading">
      <h3 id="evph-receipt-heading">{t("receipt.title")}</h3>
      <p>{t("receipt.save")}</p>
      <p>{t("receipt.reference")}</p>
      {/* The print dialog is the browser's own "Save as PDF"; no extension API involved. */}
      <button type="button" class="evph-button evph-button--primary" onClick={() => window.print()}>
        {t("receipt.print")}
      </button>
    </section>
  )
}
