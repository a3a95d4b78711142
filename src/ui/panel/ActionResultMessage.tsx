import type { ActionRun } from "./use-action-runner"
import { usePanel } from "./panel-context"

/** The outcome of a browser action, announced politely. */
export function ActionResultMessage({ run }: { run: ActionRun }) {
  const { t } = usePanel()
  return (
    <p role="status" class={`evph-result${run.ok === false ? " evph-result--failed" : ""}`}>
      {run.running ? t("action.running") : run.message ?? ""}
    </p>
  )
}
