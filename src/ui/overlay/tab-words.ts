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

export interface PlaceholderWords {
  heading: string
  /** The newest error the page shows (captured and redacted), or null when none. */
  quote: string | null
  /** "Looking for the likely causes…" under an error; nothing to look for without one. */
  note: string | null
}

/**
 * The words of the panel's placeholder (overlay-view.ts): what the applicant sees while the
 * panel's own page loads, the newest error first, as the panel itself shows it.
 */
export function placeholderWords(locale: Locale, errors: readonly { text: string; lastSeen: string }[]): PlaceholderWords {
  const t = translator(messages, locale)
  let newest: { text: string; lastSeen: string } | null = null
  for (const error of errors) if (!newest || error.lastSeen > newest.lastSeen) newest = error
  return { heading: t("tab.label"), quote: newest?.text ?? null, note: newest ? t("placeholder.finding") : null }
}
