import { useId, useState } from "preact/hooks"

import type { FixActionId } from "~src/diagnosis/types"

import { BrowserSwitch } from "./BrowserSwitch"
import { CardChecklist } from "./CardChecklist"
import { ClearSiteDataConfirm } from "./ClearSiteDataConfirm"
import { usePanel } from "./panel-context"
import { PaymentMethods } from "./PaymentMethods"
import { PaymentStatusSteps } from "./PaymentStatusSteps"
import { PortalTime } from "./PortalTime"
import { RetryGuardNotice } from "./RetryGuardNotice"

/**
 * A fix's one-click action. Actions that need the browser (clearing site data, copying the
 * link) go through PanelActions.runAction; the others only show what we know, right here.
 */
export function FixAction({ action, fixId }: { action: FixActionId; fixId: string }) {
  const { t, openReport } = usePanel()
  const [open, setOpen] = useState(false)
  const bodyId = `evph-action-${useId()}`

  if (action === "copy-report") {
    return (
      <button type="button" class="evph-button evph-button--secondary" onClick={openReport}>
        {t("action.copy-report")}
      </button>
    )
  }
  return (
    <div class="evph-action">
      <button type="button" class="evph-button evph-button--secondary" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        {t(`action.${action}`)}
      </button>
      <div id={bodyId} hidden={!open}>
        {open && <ActionBody action={action} fixId={fixId} />}
      </div>
    </div>
  )
}

function ActionBody({ action, fixId }: { action: Exclude<FixActionId, "copy-report">; fixId: string }) {
  switch (action) {
    case "clear-site-data":
      return <ClearSiteDataConfirm fixId={fixId} />
    case "switch-browser":
      return <BrowserSwitch fixId={fixId} />
    case "card-checklist":
      return <CardChecklist />
    case "wait-before-retry":
      return <RetryGuardNotice always />
    case "check-payment-status":
      return <PaymentStatusSteps />
    case "show-payment-methods":
      return <PaymentMethods />
    case "show-portal-time":
      return <PortalTime inline />
  }
}
