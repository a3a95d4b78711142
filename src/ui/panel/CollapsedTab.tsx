import type { RefObject } from "preact"

import { PANEL_ID } from "./panel-ids"
import { usePanel } from "./panel-context"

interface CollapsedTabProps {
  buttonRef: RefObject<HTMLButtonElement>
  hidden: boolean
  onOpen(): void
}

/**
 * The small tab at the page's edge. With errors on the page it carries a count badge and
 * pulses (still under prefers-reduced-motion: a steady outline instead), so an applicant
 * who closed the panel still notices that we have something to say.
 */
export function CollapsedTab({ buttonRef, hidden, onOpen }: CollapsedTabProps) {
  const { model, t } = usePanel()
  const errorCount = model.state.errors.length
  return (
    <button
      type="button"
      ref={buttonRef}
      class={`evph-tab${errorCount > 0 ? " evph-tab--attention" : ""}`}
      hidden={hidden}
      aria-expanded={false}
      aria-controls={PANEL_ID}
      aria-label={errorCount > 0 ? `${t("tab.open")} — ${t("tab.errorBadge", { count: errorCount })}` : t("tab.open")}
      title={t("tab.open")}
      onClick={onOpen}>
      <span class="evph-tab-label">{t("tab.label")}</span>
      {errorCount > 0 && (
        <span class="evph-badge" aria-hidden="true">
          {errorCount > 9 ? "9+" : errorCount}
        </span>
      )}
    </button>
  )
}
