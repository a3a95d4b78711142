import type { PanelActionName } from "~src/messaging/panel-frame"
import { copyText } from "~src/ui/clipboard"
import type { PanelKnowledge } from "~src/ui/panel/knowledge"
import type { ActionResult, PanelActions, PanelModel } from "~src/ui/panel/model"
import { reportFromModel, type ToolInfo } from "~src/ui/panel/report-from-model"

/** Sends one of the panel's actions to the page's content script and resolves with its answer. */
export type CallPage = (action: PanelActionName, ...args: unknown[]) => Promise<unknown>

/**
 * PanelActions for a panel drawn in an extension page (the frame inside the portal's page,
 * or the browser's side panel) while the page's content script owns the state. What needs
 * the page or the background goes to the content script; copying happens right here, in the
 * document the applicant clicked in (browsers only allow copying after a click in the same
 * document).
 */
export function remoteActions(model: PanelModel, callPage: CallPage, knowledge: PanelKnowledge, tool: ToolInfo, doc: Document): PanelActions {
  return {
    setCollapsed: (collapsed) => void callPage("setCollapsed", collapsed),
    hideOnThisSite: () => void callPage("hideOnThisSite"),
    recordTried: (fix, outcome) => void callPage("recordTried", fix, outcome),
    answer: (answers) => void callPage("answer", answers),
    dismissChecklist: (id) => void callPage("dismissChecklist", id),
    runAction: async (action): Promise<ActionResult> => {
      if (action === "switch-browser") {
        const ok = await copyText(`${model.state.origin}${model.state.path}`, doc)
        return { ok, messageId: ok ? "action-link-copied" : "action-failed" }
      }
      const result = (await callPage("runAction", action)) as ActionResult | null
      return result ?? { ok: false, messageId: "action-failed" }
    },
    buildReport: () => reportFromModel(model, tool),
    copyReport: async (report) => {
      // The preview has shown this text, so its code is loaded; waiting is for a copy asked for before.
      let text = knowledge.chatText(report, model.locale)
      if (text === null && knowledge.chatTextReady) {
        const ready = await knowledge.chatTextReady().then(() => true, () => false)
        if (ready) text = knowledge.chatText(report, model.locale)
      }
      return text !== null && copyText(text, doc)
    }
  }
}
