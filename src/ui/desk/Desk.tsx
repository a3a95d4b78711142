import { useState } from "preact/hooks"

import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import type { ReportV1 } from "~src/report/schema"
import { KNOWN_DECODE_ERRORS, type DecodeInput } from "./decode-outcome"
import type { DeskKnowledge } from "./knowledge"
import { messages } from "./messages"
import { ReplyComposer } from "./ReplyComposer"
import { ReportView } from "./ReportView"

export interface DeskProps {
  /** The volunteer's language: the whole desk renders in it, whatever the report's was. */
  locale: Locale
  decode: DecodeInput
  knowledge: DeskKnowledge
  saveCase(report: ReportV1): Promise<{ created: boolean }>
  copyText(text: string): Promise<void>
  /** Words for a storage failure (StoreError id → text), from the options page. */
  describeStoreError(error: unknown): string
}

type SaveState = { kind: "idle" } | { kind: "saved" } | { kind: "exists" } | { kind: "failed"; message: string }

export function Desk({ locale, decode, knowledge, saveCase, copyText, describeStoreError }: DeskProps) {
  const t = translator(messages, locale)
  const [report, setReport] = useState<ReportV1 | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [save, setSave] = useState<SaveState>({ kind: "idle" })

  const open = async (form: HTMLFormElement) => {
    // Our own form, read through FormData: the desk reads no element's .value.
    const text = String(new FormData(form).get("report") ?? "")
    setSave({ kind: "idle" })
    if (!text.trim()) {
      setReport(null)
      setError("empty")
      return
    }
    const outcome = await decode(text)
    if (outcome.ok) {
      setReport(outcome.report)
      setError(null)
    } else {
      setReport(null)
      setError(outcome.error)
    }
  }

  const errorText = (id: string) =>
    (KNOWN_DECODE_ERRORS as readonly string[]).includes(id)
      ? t(`decode-error-${id as (typeof KNOWN_DECODE_ERRORS)[number]}`)
      : t("decode-error-unknown", { error: id })

  const saveAsCase = async () => {
    if (!report) return
    try {
      const { created } = await saveCase(report)
      setSave({ kind: created ? "saved" : "exists" })
    } catch (failure) {
      setSave({ kind: "failed", message: describeStoreError(failure) })
    }
  }

  return (
    <div class="desk">
      <form
        class="paste"
        onSubmit={(event) => {
          event.preventDefault()
          void open(event.currentTarget)
        }}>
        <label for="desk-paste">{t("paste-label")}</label>
        <p id="desk-paste-hint" class="muted">
          {t("paste-hint")}
        </p>
        <textarea id="desk-paste" name="report" rows={6} aria-describedby="desk-paste-hint" spellcheck={false} />
        <div class="actions">
          <button type="submit">{t("open-report")}</button>
          <button
            type="reset"
            class="secondary"
            onClick={() => {
              setReport(null)
              setError(null)
              setSave({ kind: "idle" })
            }}>
            {t("clear")}
          </button>
        </div>
      </form>
      <div role="alert" class="decode-error">
        {error && (
          <>
            <p>{errorText(error)}</p>
            <p class="muted">{t("nothing-stored")}</p>
          </>
        )}
      </div>
      {report && (
        <article class="opened-report" lang={locale}>
          <ReportView report={report} locale={locale} knowledge={knowledge} />
          <ReplyComposer key={JSON.stringify(report.diagnosis)} report={report} locale={locale} knowledge={knowledge} copyText={copyText} />
          <div class="actions">
            <button type="button" onClick={saveAsCase}>
              {t("save-case")}
            </button>
            <span role="status" class="status">
              {save.kind === "saved" ? t("case-saved") : save.kind === "exists" ? t("case-exists") : save.kind === "failed" ? save.message : ""}
            </span>
          </div>
        </article>
      )}
    </div>
  )
}
