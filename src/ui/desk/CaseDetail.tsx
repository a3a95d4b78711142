import { useState } from "preact/hooks"

import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import type { CaseChange, StoredCase } from "~src/store/cases"
import { CASE_STATUSES, type CaseStatus } from "~src/store/records"
import { fixTitleOrId, type DeskKnowledge } from "./knowledge"
import { messages } from "./messages"
import { ReportView } from "./ReportView"

interface Props {
  record: StoredCase
  locale: Locale
  knowledge: DeskKnowledge
  onChange(change: CaseChange): Promise<void>
  onClose(): void
  describeError(error: unknown): string
}

/** Every fix any ranked cause suggested, without repeats: the candidates for "what worked". */
function candidateFixes(record: StoredCase): string[] {
  const ids = record.report.diagnosis.flatMap((d) => d.fixes)
  if (record.workedFix) ids.push(record.workedFix)
  return [...new Set(ids)]
}

/** One case: status, the fix that worked, tags and notes; the form remounts after each save. */
export function CaseDetail({ record, locale, knowledge, onChange, onClose, describeError }: Props) {
  const t = translator(messages, locale)
  const [status, setStatus] = useState<string>("")
  const formId = `case-${record.id}`

  const submit = async (form: HTMLFormElement) => {
    // Our own form, read through FormData: the desk reads no element's .value.
    const data = new FormData(form)
    const worked = String(data.get("worked-fix") ?? "")
    const change: CaseChange = {
      status: String(data.get("status")) as CaseStatus,
      workedFix: worked ? worked : null,
      tags: String(data.get("tags") ?? "").split(/[,，]/),
      addNote: String(data.get("note") ?? "")
    }
    try {
      await onChange(change)
      setStatus(t("case-updated"))
    } catch (error) {
      setStatus(describeError(error))
    }
  }

  return (
    <article class="case-detail" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{t("case-title", { id: record.id })}</h3>
      <form
        key={record.updatedAt}
        onSubmit={(event) => {
          event.preventDefault()
          void submit(event.currentTarget)
        }}>
        <div class="field">
          <label for={`${formId}-status`}>{t("case-status")}</label>
          <select id={`${formId}-status`} name="status">
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s} selected={s === record.status}>
                {t(`status-${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${formId}-worked`}>{t("case-worked-fix")}</label>
          <select id={`${formId}-worked`} name="worked-fix">
            <option value="" selected={!record.workedFix}>
              {t("case-worked-none")}
            </option>
            {candidateFixes(record).map((fix) => (
              <option key={fix} value={fix} selected={fix === record.workedFix}>
                {fixTitleOrId(knowledge, fix, locale)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${formId}-tags`}>{t("case-tags")}</label>
          <input id={`${formId}-tags`} name="tags" type="text" defaultValue={record.tags.join(", ")} />
        </div>
        <h4>{t("case-notes")}</h4>
        {record.notes.length === 0 ? (
          <p class="muted">{t("case-no-notes")}</p>
        ) : (
          <ul class="notes">
            {record.notes.map((note, index) => (
              <li key={index}>
                <time dateTime={new Date(note.at).toISOString()}>{new Date(note.at).toLocaleString(locale)}</time> {note.text}
              </li>
            ))}
          </ul>
        )}
        <div class="field">
          <label for={`${formId}-note`}>{t("case-add-note")}</label>
          <textarea id={`${formId}-note`} name="note" rows={2} />
        </div>
        <div class="actions">
          <button type="submit">{t("case-save")}</button>
          <button type="button" class="secondary" onClick={onClose}>
            {t("log-close-case")}
          </button>
          <span role="status" class="status">
            {status}
          </span>
        </div>
      </form>
      <ReportView report={record.report} locale={locale} knowledge={knowledge} />
    </article>
  )
}
