import { ActionResultMessage } from "./ActionResultMessage"
import { browserAdvice, tooOldPerDiagnosis } from "./browser-advice"
import { usePanel } from "./panel-context"
import { useActionRunner } from "./use-action-runner"

/**
 * "Try another browser" (seed 2.3, 3.2.3, case 5.2): which browsers this portal supports,
 * and one click to copy the page link (the controller does the copying).
 */
export function BrowserSwitch({ fixId }: { fixId?: string }) {
  const { model, t, locale } = usePanel()
  const run = useActionRunner("switch-browser", fixId)
  const advice = browserAdvice(model.profile?.browsers, model.environment.browser)
  const tooOld = advice.currentTooOld ?? tooOldPerDiagnosis(model.diagnosis)
  const list = advice.recommended.join(locale === "zh-CN" ? "、" : ", ")
  return (
    <div class="evph-action-body">
      {tooOld && (
        <p class="evph-warning">
          {t("browser.yoursTooOld", { browser: tooOld.browser, version: tooOld.version })}
        </p>
      )}
      <p>{advice.fromPortal ? t("browser.supported", { browsers: list }) : t("browser.suggested", { browsers: list })}</p>
      {advice.minimum.length > 0 && (
        <ul class="evph-small">
          {advice.minimum.map((entry) => (
            <li key={entry.browser}>{t("browser.minimum", { browser: entry.browser, version: entry.version })}</li>
          ))}
        </ul>
      )}
      <p>{t("browser.howTo")}</p>
      <button type="button" class="evph-button evph-button--primary" disabled={run.running} onClick={() => void run.run()}>
        {t("browser.copyLink")}
      </button>
      <p class="evph-small">{t("browser.otherDevice")}</p>
      <ActionResultMessage run={run} />
    </div>
  )
}
