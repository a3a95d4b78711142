import { useEffect, useMemo, useRef, useState } from "preact/hooks"

import { BeforePayingChecklist } from "./BeforePayingChecklist"
import { CauseList } from "./CauseList"
import { CollapsedTab } from "./CollapsedTab"
import { DoublePaymentNotice } from "./DoublePaymentNotice"
import type { PanelKnowledge } from "./knowledge"
import type { PanelActions, PanelModel } from "./model"
import { PageErrors } from "./PageErrors"
import { PanelContext, panelTranslator, type PanelEnvironment } from "./panel-context"
import { PANEL_ID, PANEL_TITLE_ID } from "./panel-ids"
import { PortalTime } from "./PortalTime"
import { Questions } from "./Questions"
import { ReceiptReminder } from "./ReceiptReminder"
import { ReportPreview } from "./ReportPreview"
import { RetryGuardNotice } from "./RetryGuardNotice"
import { SiteAndStep } from "./SiteAndStep"
import { StepHints } from "./StepHints"
import { VolunteerDetails } from "./VolunteerDetails"

export interface PanelProps {
  model: PanelModel
  actions: PanelActions
  /** Lookups into the knowledge base and report module (default-knowledge.ts; tests pin their own words). */
  knowledge: PanelKnowledge
  /** When this goes up, focus moves to the panel's heading (it was opened from the page's tab). */
  focusRequest?: number
  /** When this goes up, the report preview opens (the popup's "copy report"). */
  reportRequest?: number
  /**
   * Who collapses the panel: "local" (it draws its own tab; tests and the reference layout),
   * "host" (the page's content script hides the frame the panel lives in and draws the tab:
   * the panel always renders open, so a frame loaded ahead shows an error at once), or
   * "none" (the browser's side panel: always open, no minimise button).
   */
  collapse?: "local" | "host" | "none"
}

/**
 * The applicant's in-page panel: a small tab at the page's side edge, or a full-height
 * column at most 360 px wide. The controller owns the state (PanelModel) and the effects
 * (PanelActions); the panel keeps only what is on screen (open/closed, checked steps, the
 * report preview).
 */
export function Panel({ model, actions, knowledge, focusRequest = 0, reportRequest = 0, collapse = "local" }: PanelProps) {
  const [collapsedLocally, setCollapsedLocally] = useState(model.settings.panel.collapsed)
  const collapsed = collapse === "local" ? collapsedLocally : false
  const [reportOpen, setReportOpen] = useState(false)
  // Focus follows the user's own open/close only: an automatic open must not pull focus
  // out of the card form the applicant may be typing in.
  const pendingFocus = useRef<"panel" | "tab" | null>(null)
  const tabRef = useRef<HTMLButtonElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => setCollapsedLocally(model.settings.panel.collapsed), [model.settings.panel.collapsed])

  // The report's text loads apart from the panel (default-knowledge.ts): in the first idle
  // moment after the panel is drawn, so that the preview has it when the applicant opens it.
  useEffect(() => {
    if (!knowledge.chatTextReady) return
    const load = () => void knowledge.chatTextReady?.().catch(() => undefined)
    if (typeof requestIdleCallback === "function") {
      const idle = requestIdleCallback(load, { timeout: 5000 })
      return () => cancelIdleCallback(idle)
    }
    const timer = setTimeout(load, 1000)
    return () => clearTimeout(timer)
  }, [knowledge])

  useEffect(() => {
    if (pendingFocus.current === "panel" && !collapsed) headingRef.current?.focus()
    if (pendingFocus.current === "tab" && collapsed) tabRef.current?.focus()
    pendingFocus.current = null
  }, [collapsed])

  const setCollapsed = (next: boolean) => {
    if (collapse === "local") {
      pendingFocus.current = next ? "tab" : "panel"
      setCollapsedLocally(next)
    }
    // "host": the content script hides the frame and moves focus to its tab.
    if (collapse !== "none") actions.setCollapsed(next)
  }

  // Handled once per request, as soon as the heading is there (the panel may still be opening).
  const focusHandled = useRef(0)
  useEffect(() => {
    if (focusRequest <= focusHandled.current || collapsed || !headingRef.current) return
    focusHandled.current = focusRequest
    headingRef.current.focus()
  }, [focusRequest, collapsed])

  useEffect(() => {
    if (reportRequest > 0) setReportOpen(true)
  }, [reportRequest])

  const environment = useMemo<PanelEnvironment>(
    () => ({
      model,
      actions,
      knowledge,
      locale: model.locale,
      t: panelTranslator(model.locale),
      now: new Date(model.now),
      openReport: () => setReportOpen(true)
    }),
    [model, actions, knowledge]
  )
  const { t } = environment
  const side = model.settings.panel.side === "left" ? "left" : "right"

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || collapsed) return
    event.stopPropagation()
    if (reportOpen) setReportOpen(false)
    else setCollapsed(true)
  }

  return (
    <PanelContext.Provider value={environment}>
      <div class={`evph-root evph-side-${side}`} lang={model.locale} onKeyDown={onKeyDown}>
        {collapse === "local" && <CollapsedTab buttonRef={tabRef} hidden={!collapsed} onOpen={() => setCollapsed(false)} />}
        <section id={PANEL_ID} class="evph-panel" aria-labelledby={PANEL_TITLE_ID} hidden={collapsed}>
          {/* Collapsed, the panel keeps its element (the tab controls it) but renders nothing inside: most page loads never open it. */}
          {!collapsed && (
            <>
              <header class="evph-header">
                <h2 id={PANEL_TITLE_ID} class="evph-title" tabIndex={-1} ref={headingRef}>
                  {t("panel.title")}
                </h2>
                {collapse !== "none" && (
                  <button
                    type="button"
                    class="evph-button evph-button--quiet"
                    aria-label={t("panel.collapse")}
                    aria-expanded={!collapsed}
                    aria-controls={PANEL_ID}
                    onClick={() => setCollapsed(true)}>
                    <span aria-hidden="true">{side === "right" ? "»" : "«"}</span>
                  </button>
                )}
              </header>
              <div class="evph-body">
                {reportOpen ? (
                  <ReportPreview onClose={() => setReportOpen(false)} />
                ) : (
                  <>
                    <SiteAndStep />
                    <PageErrors />
                    <DoublePaymentNotice />
                    <RetryGuardNotice />
                    <CauseList />
                    <StepHints />
                    <BeforePayingChecklist />
                    <ReceiptReminder />
                    <PortalTime />
                    <Questions />
                    <section class="evph-section" aria-labelledby="evph-report-heading">
                      <h3 id="evph-report-heading" class="evph-visually-hidden">
                        {t("report.button")}
                      </h3>
                      <button type="button" class="evph-button evph-button--primary" onClick={() => setReportOpen(true)}>
                        {t("report.button")}
                      </button>
                    </section>
                    {model.settings.volunteerMode && <VolunteerDetails />}
                    <footer class="evph-footer">
                      <button type="button" class="evph-link" onClick={() => actions.hideOnThisSite()}>
                        {t("panel.hideOnSite")}
                      </button>
                      <p class="evph-small">{t("panel.hideOnSiteNote")}</p>
                    </footer>
              </>
            )}
          </div>
            </>
          )}
        </section>
      </div>
    </PanelContext.Provider>
  )
}
