import { useState } from "preact/hooks"

import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import type { ActiveTabState } from "~src/messaging/protocol"
import { stepLabel } from "~src/ui/desk/step-labels"
import { messages } from "./messages"
import { POPUP_CSS } from "./styles"

export interface PopupProps {
  locale: Locale
  /** undefined while asking the background; null when it knows nothing about the tab. */
  tabState: ActiveTabState | null | undefined
  causeTitle(id: string, locale: Locale): string | null
  /** Each resolves false when the tab did not answer. */
  onOpenPanel(): Promise<boolean>
  onCopyReport(): Promise<boolean>
  onOpenDesk(): void
  /** Unknown sites: the entry injects the analyser on request (activeTab + scripting). */
  onAnalyse(): Promise<boolean>
}

export function Popup({ locale, tabState, causeTitle, onOpenPanel, onCopyReport, onOpenDesk, onAnalyse }: PopupProps) {
  const t = translator(messages, locale)
  const [status, setStatus] = useState("")
  const run = (action: () => Promise<boolean>, okMessage = "") => async () => {
    const ok = await action().catch(() => false)
    setStatus(ok ? okMessage : t("command-failed"))
  }

  const page = tabState?.state ?? null
  const known = page?.site ?? null

  return (
    <main class="popup" lang={locale}>
      <style>{POPUP_CSS}</style>
      <h1>{t("title")}</h1>
      {tabState === undefined ? (
        <p role="status">{t("checking")}</p>
      ) : page === null ? (
        <p>{t("no-info")}</p>
      ) : (
        <>
          <p class={known ? "site known" : "site"}>{known ? t("known-site", { site: known.name[locale] }) : t("unknown-site")}</p>
          <p>{t("step", { step: stepLabel(page.step.id, locale) })}</p>
          <p>{page.errors.length === 0 ? t("errors-none") : t("errors-count", { count: page.errors.length })}</p>
          {tabState?.topCause && <p class="cause">{t("top-cause", { cause: causeTitle(tabState.topCause, locale) ?? tabState.topCause })}</p>}
        </>
      )}
      <div class="buttons">
        {page && (
          <>
            <button type="button" onClick={run(onOpenPanel)}>
              {t("open-panel")}
            </button>
            <button type="button" onClick={run(onCopyReport, t("copy-report-sent"))}>
              {t("copy-report")}
            </button>
          </>
        )}
        {tabState !== undefined && !known && (
          <button type="button" onClick={run(onAnalyse)}>
            {t("analyse")}
          </button>
        )}
        <button type="button" class="secondary" onClick={onOpenDesk}>
          {t("open-desk")}
        </button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </main>
  )
}
