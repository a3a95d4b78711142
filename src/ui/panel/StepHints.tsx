import { usePanel } from "./panel-context"

/**
 * Section 6: the portal's own tips for this step, while nothing has gone wrong. Quiet: one
 * line, the rest behind "more tips".
 */
export function StepHints() {
  const { model, t, locale } = usePanel()
  if (model.state.errors.length > 0) return null
  const hints = model.profile?.hints?.[model.state.step.id] ?? []
  if (hints.length === 0) return null
  const [first, ...rest] = hints
  return (
    <section class="evph-section evph-hints" aria-label={t("hints.label")}>
      <p>
        <span class="evph-hint-label">
          {t("hints.label")}
          {locale === "zh-CN" ? "：" : ": "}
        </span>
        {first![locale]}
      </p>
      {rest.length > 0 && (
        <details class="evph-details">
          <summary>{t("hints.more", { count: rest.length })}</summary>
          <ul>
            {rest.map((hint, index) => (
              <li key={index}>{hint[locale]}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
