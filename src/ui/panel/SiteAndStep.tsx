import { FLOW_STEPS, stepIndex } from "~src/flow/steps"

import { usePanel } from "./panel-context"

/** Section 1: which site this is and where the applicant is on the seven-step flow (seed 1.2). */
export function SiteAndStep() {
  const { model, t, locale } = usePanel()
  const site = model.state.site?.name[locale] ?? model.profile?.names[locale] ?? null
  const current = stepIndex(model.state.step.id)

  return (
    // data-evph-* carry the ids for tests and the volunteer's screenshots; people read the words.
    <section class="evph-section" aria-labelledby="evph-site" data-evph-site={model.state.site?.id ?? ""} data-evph-step={model.state.step.id}>
      <h3 id="evph-site" class="evph-site">
        {site ?? t("site.unknown")}
      </h3>
      {!site && <p class="evph-small">{t("site.unlisted")}</p>}
      {current >= 0 ? (
        <p class="evph-step-now">
          {t("step.current", { n: current + 1, name: t(`step.${FLOW_STEPS[current]}`) })}{" "}
          <span class="evph-muted">{t("step.ofTotal", { total: FLOW_STEPS.length })}</span>
        </p>
      ) : (
        <p class="evph-step-now">{t("step.unknown")}</p>
      )}
      <ol class="evph-stepper" aria-label={t("stepper.label")}>
        {FLOW_STEPS.map((step, index) => {
          const state = current < 0 ? "todo" : index < current ? "done" : index === current ? "current" : "todo"
          return (
            <li key={step} class={`evph-stepper-item evph-stepper-item--${state}`} aria-current={state === "current" ? "step" : undefined}>
              <span class="evph-stepper-dot" aria-hidden="true">
                {index + 1}
              </span>
              <span class="evph-visually-hidden">
                {t(`step.${step}`)}
                {state === "current" && ` ${t("stepper.currentMark")}`}
                {state === "done" && ` ${t("stepper.doneMark")}`}
              </span>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
