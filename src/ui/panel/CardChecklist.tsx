import { useId, useState } from "preact/hooks"

import { PAYMENT_METHODS } from "~src/flow/payment-methods"

import { cardChecklist } from "./card-checklist"
import { usePanel } from "./panel-context"

/** "Check your card settings": tick-off lines, with a warning first when the brand is not taken here. */
export function CardChecklist() {
  const idPrefix = `evph-card-${useId()}`
  const { model, t, locale } = usePanel()
  const [done, setDone] = useState<ReadonlySet<number>>(new Set())
  const lines = cardChecklist(model.profile?.payment, model.answers, (method) => PAYMENT_METHODS[method][locale])
  const toggle = (index: number) =>
    setDone((previous) => {
      const next = new Set(previous)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })
  return (
    <div class="evph-action-body">
      <p>{t("card.heading")}</p>
      <ul class="evph-checklist">
        {lines.map((line, index) => {
          if (line.warning) {
            return (
              <li key={line.id} class="evph-warning">
                {t(line.id, line.params)}
              </li>
            )
          }
          const id = `${idPrefix}-${index}`
          return (
            <li key={line.id}>
              <input id={id} type="checkbox" checked={done.has(index)} onChange={() => toggle(index)} />
              <label for={id}>{t(line.id, line.params)}</label>
            </li>
          )
        })}
      </ul>
      <p class="evph-small">{t("card.askBank")}</p>
    </div>
  )
}
