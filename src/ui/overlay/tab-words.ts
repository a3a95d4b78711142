import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"

import { messages } from "./messages"

export interface TabWords {
  label: string
  /** Accessible name: what the button does, plus how many errors the page shows. */
  ariaLabel: string
  title: string
  /** Badge text ("2", "9+"), or null when the page shows no error. */
  badge: string | null
}

/** The collapsed tab's words, the same wherever a tab is drawn. */
export function tabWords(locale: Locale, errorCount: number): TabWords {
  const t = translator(messages, locale)
  const open = t("tab.open")
  return {
    label: t("tab.label"),
    ariaLabel: errorCount > 0 ? `${open} — ${t("tab.errorBadge", { count: errorCount })}` : open,
    title: open,
    badge: errorCount > 0 ? (errorCount > 9 ? "9+" : String(errorCount)) : null
  }
}

export function frameTitle(locale: Locale): string {
  return translator(messages, locale)("frame.title")
}
