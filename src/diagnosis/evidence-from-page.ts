import type { PageState } from "~src/page/types"
import type { Evidence } from "./types"

/** Builds the engine's evidence from what src/page read, plus the facts gathered elsewhere. */
export function evidenceFromPage(state: PageState, extras: Omit<Evidence, "page" | "errors">): Evidence {
  return {
    ...extras,
    page: {
      siteId: state.site?.id ?? null,
      step: state.step.id,
      origin: state.origin,
      path: state.path,
      signals: { ...state.signals }
    },
    errors: state.errors.map((error) => (error.code === undefined ? { text: error.text, source: error.source } : { text: error.text, code: error.code, source: error.source }))
  }
}
