/** Element ids inside the panel's shadow root (aria-controls targets, e2e hooks). */
export const PANEL_ID = "evph-panel"
export const PANEL_TITLE_ID = "evph-title"
