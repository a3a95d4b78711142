import type { RefObject } from "preact"

import { tabWords } from "~src/ui/overlay/tab-words"

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
  const { model, locale } = usePanel()
  const errorCount = model.state.errors.length
  const words = tabWords(locale, errorCount)
  return (
    <button
      type="button"
      ref={buttonRef}
      class={`evph-tab${errorCount > 0 ? " evph-tab--attention" : ""}`}
      hidden={hidden}
      aria-expanded={false}
      aria-controls={PANEL_ID}
      aria-label={words.ariaLabel}
      title={words.title}
      onClick={onOpen}>
      <span class="evph-tab-label">{words.label}</span>
      {words.badge && (
        <span class="evph-badge" aria-hidden="true">
          {words.badge}
        </span>
      )}
    </button>
  )
}
