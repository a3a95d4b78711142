import type { ComponentChildren } from "preact"
import { useState } from "preact/hooks"

import type { CategoryId } from "~src/diagnosis/categories"
import type { Answers } from "~src/diagnosis/types"
import { PAYMENT_METHODS } from "~src/flow/payment-methods"

import type { PanelMessageId } from "./messages"
import { usePanel } from "./panel-context"
import { methodChoices, questionsToAsk } from "./questions-to-ask"

/**
 * Section 10: a few questions whose answers sharpen the diagnosis. Answers come only from
 * these buttons, never from what the applicant typed into the page.
 */
export function Questions() {
  const { model, actions, t, locale } = usePanel()
  // Shown at once; the controller's next model confirms them.
  const [local, setLocal] = useState<Partial<Answers>>({})
  const answers: Answers = { ...model.answers, ...local }
  const categories: CategoryId[] = model.diagnosis.map((item) => item.category)
  const asked = questionsToAsk(model.state.step.id, categories, answers, model.state.errors.length > 0)
  if (asked.length === 0) return null

  const give = (answer: Partial<Answers>) => {
    setLocal((previous) => ({ ...previous, ...answer }))
    actions.answer(answer)
  }

  return (
    <section class="evph-section" aria-labelledby="evph-questions-heading">
      <h3 id="evph-questions-heading">{t("q.heading")}</h3>
      <p class="evph-small">{t("q.privacy")}</p>
      {asked.includes("payment-method") && (
        <ChoiceGroup label={t("q.method")}>
          {methodChoices(model.profile?.payment).map((method) => (
            <Chip key={method} pressed={answers.paymentMethod === method} onPress={() => give({ paymentMethod: method })}>
              {PAYMENT_METHODS[method][locale]}
            </Chip>
          ))}
        </ChoiceGroup>
      )}
      {asked.includes("code-received") && (
        <ChoiceGroup label={t("q.codeReceived")}>
          {(
            [
              ["yes", "q.codeYes"],
              ["no", "q.codeNo"],
              ["not-asked", "q.codeNotAsked"]
            ] as const
          ).map(([value, label]) => (
            <Chip key={value} pressed={answers.codeReceived === value} onPress={() => give({ codeReceived: value })}>
              {t(label)}
            </Chip>
          ))}
        </ChoiceGroup>
      )}
      {asked.includes("same-phone") && (
        <YesNo
          label="q.samePhone"
          // The question asks "same?"; the answer is stored as "differs".
          value={answers.phoneDiffersFromBank === undefined ? undefined : !answers.phoneDiffersFromBank}
          onAnswer={(same) => give({ phoneDiffersFromBank: !same })}
        />
      )}
      {asked.includes("real-name-phone") && (
        <YesNo
          label="q.realNamePhone"
          value={answers.virtualPhone === undefined ? undefined : !answers.virtualPhone}
          onAnswer={(realName) => give({ virtualPhone: !realName })}
        />
      )}
      {asked.includes("charged") && (
        <YesNo label="q.charged" value={answers.chargedWithoutReceipt} onAnswer={(charged) => give({ chargedWithoutReceipt: charged })} />
      )}
      {Object.keys(local).length > 0 && (
        <p class="evph-small" role="status">
          {t("q.saved")}
        </p>
      )}
    </section>
  )
}

function ChoiceGroup({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="evph-question" role="group" aria-label={label}>
      <p class="evph-question-label" aria-hidden="true">
        {label}
      </p>
      <div class="evph-chips">{children}</div>
    </div>
  )
}

function Chip({ pressed, onPress, children }: { pressed: boolean; onPress(): void; children: ComponentChildren }) {
  return (
    <button type="button" class="evph-chip" aria-pressed={pressed} onClick={onPress}>
      {children}
    </button>
  )
}

function YesNo({ label, value, onAnswer }: { label: PanelMessageId; value: boolean | undefined; onAnswer(answer: boolean): void }) {
  const { t } = usePanel()
  return (
    <ChoiceGroup label={t(label)}>
      <Chip pressed={value === true} onPress={() => onAnswer(true)}>
        {t("q.yes")}
      </Chip>
      <Chip pressed={value === false} onPress={() => onAnswer(false)}>
        {t("q.no")}
      </Chip>
    </ChoiceGroup>
  )
}
