import type { StepId } from "~src/flow/steps"
import type { Locale } from "~src/i18n/locale"
import { messages } from "./messages"

/** Name of a flow step (seed 1.2), shared by the desk stepper and the popup. */
export function stepLabel(step: StepId, locale: Locale): string {
  return messages[locale][`step-${step}`]
}
