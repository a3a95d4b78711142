import { PAYMENT_METHODS } from "~src/flow/payment-methods"

import { usePanel } from "./panel-context"

/**
 * Section 6: the portal's own tips for this step, while nothing has gone wrong. Quiet: one
 * line, the rest behind "more tips".
 */
export function StepHints() {
  const { model, t, locale } = usePanel()
  if (model.state.errors.length > 0) return null
  const profileHints = (model.profile?.hints?.[model.state.step.id] ?? []).map((hint) => hint[locale])
  // At card entry, which cards this site takes is worth knowing before typing a number in.
  const accepted = model.profile?.payment?.accepted ?? []
  const acceptedHint =
    model.state.step.id === "card-entry" && accepted.length > 0
      ? t("methods.accepted", { methods: accepted.map((id) => PAYMENT_METHODS[id][locale]).join(locale === "zh-CN" ? "、" : ", ") })
      : null
  const hints = acceptedHint ? [...profileHints, acceptedHint] : profileHints
  if (hints.length === 0) return null
  const [first, ...rest] = hints
  return (
    <section class="evph-section evph-hints" aria-label={t("hints.label")}>
      <p>
        <span class="evph-hint-label">
          {t("hints.label")}
          {locale === "zh-CN" ? "：" : ": "}
        </span>
        {first}
      </p>
      {rest.length > 0 && (
        <details class="evph-details">
          <summary>{t("hints.more", { count: rest.length })}</summary>
          <ul>
            {rest.map((hint, index) => (
              <li key={index}>{hint}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
