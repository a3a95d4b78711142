import { useState } from "preact/hooks"

import { ActionResultMessage } from "./ActionResultMessage"
import { usePanel } from "./panel-context"
import { useActionRunner } from "./use-action-runner"

/**
 * Clearing the site's cache and cookies signs the applicant out (seed 2.3 / 3.2.3), so it
 * takes two steps: a warning to note the application number, then an explicit confirm.
 */
export function ClearSiteDataConfirm({ fixId }: { fixId?: string }) {
  const { t } = usePanel()
  const run = useActionRunner("clear-site-data", fixId)
  const [cancelled, setCancelled] = useState(false)
  if (cancelled) return null
  return (
    <div class="evph-action-body">
      <p class="evph-warning">{t("clear.warning")}</p>
      <p class="evph-small">{t("clear.scope")}</p>
      <div class="evph-row">
        <button type="button" class="evph-button evph-button--danger" disabled={run.running} onClick={() => void run.run()}>
          {t("clear.confirm")}
        </button>
        <button type="button" class="evph-button evph-button--secondary" onClick={() => setCancelled(true)}>
          {t("clear.cancel")}
        </button>
      </div>
      <ActionResultMessage run={run} />
    </div>
  )
}
