import { useEffect, useMemo, useRef, useState } from "preact/hooks"

import type { ReportV1 } from "~src/report/schema"

import { NoteField } from "./NoteField"
import { usePanel } from "./panel-context"
import { RedactedText } from "./RedactedText"

type CopyState = "idle" | "copying" | "copied" | "failed"

/**
 * Section 11: the report preview. It shows exactly the text that will be copied, with every
 * redaction marked; the applicant can leave items out and add a note, then copy.
 */
export function ReportPreview({ onClose }: { onClose(): void }) {
  const { actions, knowledge, t, locale } = usePanel()
  const [base] = useState<ReportV1 | null>(() => {
    try {
      return actions.buildReport()
    } catch {
      return null
    }
  })
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set())
  const [note, setNote] = useState("")
  const [copyState, setCopyState] = useState<CopyState>("idle")
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => headingRef.current?.focus(), [])

  const report = useMemo(() => {
    if (!base) return null
    const kept = dropped.size > 0 ? knowledge.withoutItems(base, [...dropped]) : base
    return note.trim() ? knowledge.withNote(kept, note.trim()) : kept
  }, [base, dropped, note, knowledge])

  // The text's code may still be loading (default-knowledge.ts): the preview shows the items
  // at once and the exact text when it is there; copying waits for it.
  const exactText = report ? knowledge.chatText(report, locale) : null
  const [textLoad, setTextLoad] = useState<"pending" | "done" | "failed">("pending")
  const waitingForText = report !== null && exactText === null
  useEffect(() => {
    if (!waitingForText || !knowledge.chatTextReady) return
    let live = true
    knowledge.chatTextReady().then(
      () => live && setTextLoad("done"),
      () => live && setTextLoad("failed")
    )
    return () => {
      live = false
    }
  }, [waitingForText, knowledge])

  const heading = (
    <h3 id="evph-preview-heading" tabIndex={-1} ref={headingRef}>
      {t("report.previewTitle")}
    </h3>
  )
  if (!base || !report) {
    return (
      <section class="evph-section" aria-labelledby="evph-preview-heading">
        {heading}
        <p class="evph-warning">{t("report.unavailable")}</p>
        <button type="button" class="evph-button evph-button--secondary" onClick={onClose}>
          {t("report.cancel")}
        </button>
      </section>
    )
  }

  const items = knowledge.previewItems(base, locale)

  const toggle = (id: string) => {
    setCopyState("idle")
    setDropped((previous) => {
      const next = new Set(previous)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }
  const copy = async () => {
    setCopyState("copying")
    try {
      setCopyState((await actions.copyReport(report)) ? "copied" : "failed")
    } catch {
      setCopyState("failed")
    }
  }

  return (
    <section class="evph-section evph-preview" aria-labelledby="evph-preview-heading">
      {heading}
      <p>{t("report.previewIntro")}</p>
      <ul class="evph-preview-items">
        {items.map((item) => {
          const isDropped = dropped.has(item.id)
          return (
            <li key={item.id} class={isDropped ? "evph-preview-item evph-preview-item--dropped" : "evph-preview-item"}>
              <div class="evph-preview-label">
                {item.label}
                {isDropped && <span class="evph-muted"> {t("report.removed")}</span>}
              </div>
              {!isDropped && (
                <div class="evph-preview-text">
                  <RedactedText segments={item.segments} />
                </div>
              )}
              {item.removable !== false && (
              <button
                type="button"
                class="evph-link"
                aria-label={isDropped ? `${t("report.restore")}: ${item.label}` : t("report.removeLabel", { label: item.label })}
                onClick={() => toggle(item.id)}>
                {isDropped ? t("report.restore") : t("report.remove")}
              </button>
              )}
            </li>
          )
        })}
      </ul>
      <p class="evph-note-label" id="evph-note-label">
        {t("report.noteLabel")}
      </p>
      <NoteField
        id="evph-note"
        labelledBy="evph-note-label"
        onText={(text) => {
          setCopyState("idle")
          setNote(text)
        }}
      />
      <p class="evph-subheading">{t("report.exactText")}</p>
      {/* Scrolls when long: focusable, so a keyboard user can scroll it too. */}
      <pre class="evph-exact" data-evph="report-text" tabIndex={0} aria-label={t("report.exactText")}>
        {exactText !== null ? <RedactedText text={exactText} /> : t(textLoad === "failed" ? "report.unavailable" : "report.preparing")}
      </pre>
      <div class="evph-row">
        <button type="button" class="evph-button evph-button--primary" disabled={copyState === "copying" || exactText === null} onClick={() => void copy()}>
          {t("report.copy")}
        </button>
        <button type="button" class="evph-button evph-button--secondary" onClick={onClose}>
          {t("report.cancel")}
        </button>
      </div>
      <p role="status" class={copyState === "failed" ? "evph-result evph-result--failed" : "evph-result"}>
        {copyState === "copied" ? t("report.copied") : copyState === "failed" ? t("report.copyFailed") : ""}
      </p>
    </section>
  )
}
