import { useState } from "preact/hooks"

import { usePanel } from "./panel-context"

const ITEMS = ["before.balance", "before.international", "before.phone", "before.network", "before.backup", "before.browser"] as const

/** The id under which dismissing the checklist is remembered for one site. */
export function beforePayingChecklistId(siteId: string | null): string {
  return `before-paying:${siteId ?? "unlisted"}`
}

/**
 * Section 7: "before you pay" (seed 4.1) on the payment-method step, until the applicant
 * dismisses it for this site.
 */
export function BeforePayingChecklist() {
  const { model, actions, t } = usePanel()
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const [dismissed, setDismissed] = useState(false)
  const id = beforePayingChecklistId(model.state.site?.id ?? null)
  if (model.state.step.id !== "payment-method" || dismissed || model.settings.dismissedChecklists.includes(id)) return null

  const toggle = (item: string) =>
    setDone((previous) => {
      const next = new Set(previous)
      if (next.has(item)) next.delete(item)
      else next.add(item)
      return next
    })
  const dismiss = () => {
    setDismissed(true)
    actions.dismissChecklist(id)
  }

  return (
    <section class="evph-section" aria-labelledby="evph-before-heading">
      <h3 id="evph-before-heading">{t("before.title")}</h3>
      <ul class="evph-checklist">
        {ITEMS.map((item) => (
          <li key={item}>
            <input id={`evph-${item}`} type="checkbox" checked={done.has(item)} onChange={() => toggle(item)} />
            <label for={`evph-${item}`}>{t(item)}</label>
          </li>
        ))}
      </ul>
      <button type="button" class="evph-button evph-button--secondary" onClick={dismiss}>
        {t("before.dismiss")}
      </button>
    </section>
  )
}
