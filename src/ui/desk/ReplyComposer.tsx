import { useMemo, useState } from "preact/hooks"

import type { FixDefinition } from "~src/diagnosis/types"
import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import type { ReportV1 } from "~src/report/schema"
import { composeReply } from "./compose-reply"
import type { DeskKnowledge } from "./knowledge"
import { messages } from "./messages"

interface Props {
  report: ReportV1
  /** The volunteer's language, for the composer's own labels. */
  locale: Locale
  knowledge: DeskKnowledge
  copyText(text: string): Promise<void>
}

/** The top cause's fixes the knowledge base knows, in the report's order. */
function topCauseFixes(report: ReportV1, knowledge: DeskKnowledge): FixDefinition[] {
  const ids = report.diagnosis[0]?.fixes ?? []
  return ids.map((id) => knowledge.fix(id)).filter((fix): fix is FixDefinition => fix !== null)
}

/** Writes the reply in the APPLICANT's language (report.locale); labels in the volunteer's. */
export function ReplyComposer({ report, locale, knowledge, copyText }: Props) {
  const t = translator(messages, locale)
  const applicantLocale = report.locale
  const fixes = useMemo(() => topCauseFixes(report, knowledge), [report, knowledge])
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(fixes.map((f) => f.id)))
  const [freeText, setFreeText] = useState("")
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle")

  const top = report.diagnosis[0]
  const reply = composeReply({
    report,
    locale: applicantLocale,
    fixes: fixes.filter((fix) => chosen.has(fix.id)),
    causeTitle: top ? knowledge.causeTitle(top.cause, applicantLocale) : null,
    freeText
  })

  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setChosen(next)
    setCopyState("idle")
  }

  const copy = async () => {
    try {
      await copyText(reply)
      setCopyState("copied")
    } catch {
      setCopyState("failed")
    }
  }

  return (
    <section class="composer" aria-labelledby="desk-composer">
      <h3 id="desk-composer">{t("composer-title")}</h3>
      <p class="muted">{t("composer-language", { language: t(applicantLocale === "zh-CN" ? "lang-zh-CN" : "lang-en") })}</p>
      {fixes.length > 0 && (
        <fieldset>
          <legend>{t("composer-fixes")}</legend>
          {fixes.map((fix) => (
            <label key={fix.id} class="check">
              <input type="checkbox" checked={chosen.has(fix.id)} onChange={() => toggle(fix.id)} />
              {/* Shown in the volunteer's language; sent in the applicant's. */}
              {fix.title[locale]}
            </label>
          ))}
        </fieldset>
      )}
      {/* Our own form, read through FormData: the desk reads no element's .value. */}
      <form
        onInput={(event) => {
          setFreeText(String(new FormData(event.currentTarget).get("free-text") ?? ""))
          setCopyState("idle")
        }}
        onSubmit={(event) => event.preventDefault()}>
        <label for="desk-free-text">{t("composer-free-text")}</label>
        <textarea id="desk-free-text" name="free-text" rows={3} />
      </form>
      <h4 id="desk-reply-preview">{t("composer-preview")}</h4>
      <pre class="reply-preview" aria-labelledby="desk-reply-preview" lang={applicantLocale}>
        {reply}
      </pre>
      <button type="button" onClick={copy}>
        {t("copy-reply")}
      </button>
      <span role="status" class="status">
        {copyState === "copied" ? t("copied") : copyState === "failed" ? t("copy-failed") : ""}
      </span>
    </section>
  )
}
