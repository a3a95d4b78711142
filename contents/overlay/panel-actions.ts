import type { Answers, FixActionId } from "~src/diagnosis/types"
import type { ActionResult } from "~src/ui/panel/model"

/** What the panel (in its frame, or the browser's side panel) can ask this page's panel to do. */
export interface PanelActionTarget {
  setCollapsed(collapsed: boolean, byUser: boolean): void
  hideOnThisSite(): void
  recordTried(fix: string, outcome: "helped" | "did-not-help"): void
  runAction(action: FixActionId): Promise<ActionResult>
  answer(answers: Partial<Answers>): void
  dismissChecklist(id: string): void
}

/**
 * Runs one proxied action after checking its arguments (they crossed a process boundary).
 * `fromFrame`: a collapse or open from the panel's own frame is always the applicant's own
 * click or Escape, so focus follows it.
 */
export async function runPanelAction(target: PanelActionTarget, action: string, args: unknown, fromFrame = false): Promise<unknown> {
  const a = Array.isArray(args) ? args : []
  switch (action) {
    case "setCollapsed":
      return target.setCollapsed(Boolean(a[0]), fromFrame)
    case "hideOnThisSite":
      return target.hideOnThisSite()
    case "recordTried":
      if (typeof a[0] === "string" && (a[1] === "helped" || a[1] === "did-not-help")) target.recordTried(a[0], a[1])
      return true
    case "runAction":
      return typeof a[0] === "string" ? target.runAction(a[0] as FixActionId) : null
    case "answer":
      if (a[0] && typeof a[0] === "object") target.answer(a[0] as Partial<Answers>)
      return true
    case "dismissChecklist":
      if (typeof a[0] === "string") target.dismissChecklist(a[0])
      return true
    default:
      return null
  }
}
