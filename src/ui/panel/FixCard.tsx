import { useState } from "preact/hooks"

import type { FixDefinition } from "~src/diagnosis/types"

import { FixAction } from "./FixAction"
import { usePanel } from "./panel-context"

/**
 * One fix as a checklist the applicant ticks off step by step (seed 3.3: "confirm each
 * step"), its one-click action if it has one, and "did that help?" at the end.
 */
export function FixCard({ fix, open, idPrefix }: { fix: FixDefinition; open: boolean; idPrefix: string }) {
  const { model, actions, t, locale } = usePanel()
  const [done, setDone] = useState<ReadonlySet<number>>(new Set())
  const recorded = model.tried.find((entry) => entry.fix === fix.id)?.outcome
  const [answered, setAnswered] = useState<"helped" | "did-not-help" | undefined>(recorded)
  const outcome = answered ?? recorded

  const toggle = (index: number) =>
    setDone((previous) => {
      const next = new Set(previous)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })

  const answer = (value: "helped" | "did-not-help") => {
    setAnswered(value)
    actions.recordTried(fix.id, value)
  }

  return (
    <details class="evph-fix" open={open}>
      <summary class="evph-fix-title">
        {fix.title[locale]} <span class="evph-actor">· {t(`fix.actor.${fix.actor}`)}</span>
      </summary>
      <ol class="evph-checklist" aria-label={t("fix.stepsLabel", { title: fix.title[locale] })}>
        {fix.steps.map((step, index) => {
          const id = `${idPrefix}-step-${index}`
          return (
            <li key={index}>
              {/* Our own checkbox: its state lives in `done`; nothing is read back from the DOM. */}
              <input id={id} type="checkbox" checked={done.has(index)} onChange={() => toggle(index)} />
              <label for={id}>{step[locale]}</label>
            </li>
          )
        })}
      </ol>
      {fix.action && <FixAction action={fix.action} fixId={fix.id} />}
      <div class="evph-did-it-help" role="group" aria-labelledby={`${idPrefix}-help`}>
        <span id={`${idPrefix}-help`}>{t("fix.didItHelp")}</span>
        <button type="button" class="evph-chip" aria-pressed={outcome === "helped"} onClick={() => answer("helped")}>
          {t("fix.yes")}
        </button>
        <button type="button" class="evph-chip" aria-pressed={outcome === "did-not-help"} onClick={() => answer("did-not-help")}>
          {t("fix.no")}
        </button>
      </div>
      {outcome && (
        <p class="evph-feedback" role="status">
          {outcome === "helped" ? t("fix.helped") : t("fix.didNotHelp")}
        </p>
      )}
    </details>
  )
}
