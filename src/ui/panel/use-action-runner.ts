import { useState } from "preact/hooks"

import type { FixActionId } from "~src/diagnosis/types"

import { messages, type PanelMessageId } from "./messages"
import type { ActionResult } from "./model"
import { usePanel } from "./panel-context"

export interface ActionRun {
  running: boolean
  /** The result message to show, already in the reader's language. */
  message: string | null
  ok: boolean | null
  run(): Promise<void>
}

function isPanelMessageId(id: string): id is PanelMessageId {
  return Object.hasOwn(messages.en, id)
}

/** Runs one of the controller's browser actions and turns its answer into a message. */
export function useActionRunner(action: FixActionId, fixId: string | undefined): ActionRun {
  const { actions, t } = usePanel()
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<ActionResult | null>(null)

  const run = async () => {
    setRunning(true)
    try {
      setResult(await actions.runAction(action, { fix: fixId }))
    } catch {
      setResult({ ok: false, messageId: "action-failed" })
    } finally {
      setRunning(false)
    }
  }

  const message = result ? t(isPanelMessageId(result.messageId) ? result.messageId : "action-failed", result.params) : null
  return { running, message, ok: result?.ok ?? null, run }
}
