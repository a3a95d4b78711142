import type { Locale } from "~src/i18n/locale"

/** The applicant's and volunteer's choices (options page). */
export interface Settings {
  /** null: follow the browser's language. */
  locale: Locale | null
  /** Open the panel by itself when an error appears. */
  autoOpenOnError: boolean
  /** Sites (profile ids) where the panel is switched off. */
  disabledSites: string[]
  /** Show technical detail (codes, evidence, raw data) in the panel. */
  volunteerMode: boolean
  /** Panel state remembered across pages. */
  panel: { collapsed: boolean; side: "right" | "left" }
  /** Checklists the user dismissed ("before paying"), by site id. */
  dismissedChecklists: string[]
}

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  autoOpenOnError: true,
  disabledSites: [],
  volunteerMode: false,
  panel: { collapsed: true, side: "right" },
  dismissedChecklists: []
}
