import { createContext } from "preact"
import { useContext } from "preact/hooks"

import type { Locale } from "~src/i18n/locale"
import { translator, type Params } from "~src/i18n/catalogue"

import type { PanelKnowledge } from "./knowledge"
import { messages, type PanelMessageId } from "./messages"
import type { PanelActions, PanelModel } from "./model"

/** What every part of the panel reads: the model, the actions, the words and the knowledge. */
export interface PanelEnvironment {
  model: PanelModel
  actions: PanelActions
  knowledge: PanelKnowledge
  locale: Locale
  t: (key: PanelMessageId, params?: Params) => string
  /** model.now as a Date. */
  now: Date
  /** Opens the report preview (the "still stuck?" buttons and the copy-report action). */
  openReport(): void
}

export const PanelContext = createContext<PanelEnvironment | null>(null)

export function usePanel(): PanelEnvironment {
  const environment = useContext(PanelContext)
  if (!environment) throw new Error("Panel parts must be rendered inside <Panel>")
  return environment
}

export function panelTranslator(locale: Locale) {
  return translator(messages, locale)
}
