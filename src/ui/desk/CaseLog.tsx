import { useEffect, useMemo, useState } from "preact/hooks"

import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import { caseMatches, type CaseChange, type CaseFilter, type StoredCase } from "~src/store/cases"
import { CASE_STATUSES, type CaseStatus } from "~src/store/records"
import type { WhatWorkedSummary } from "~src/store/what-worked"
import { CaseDetail } from "./CaseDetail"
import type { CaseLogServices } from "./case-log-services"
import { causeTitleOrId, type DeskKnowledge } from "./knowledge"
import { messages } from "./messages"
import { WhatWorkedTable } from "./WhatWorkedTable"

interface Props {
  locale: Locale
  knowledge: DeskKnowledge
  services: CaseLogServices
}

/** Site names by id as the saved reports spell them, in the reader's language. */
function siteNamesOf(cases: readonly StoredCase[], locale: Locale): Map<string, string> {
  const names = new Map<string, string>()
  for (const c of cases) if (c.report.page.site) names.set(c.report.page.site.id, c.report.page.site.name[locale])
  return names
}

export function CaseLog({ locale, knowledge, services }: Props) {
  const t = translator(messages, locale)
  const [all, setAll] = useState<StoredCase[]>([])
  const [corrupt, setCorrupt] = useState(0)
  const [summary, setSummary] = useState<WhatWorkedSummary | null>(null)
  const [filter, setFilter] = useState<CaseFilter>({})
  const [openId, setOpenId] = useState<number | null>(null)
  const [message, setMessage] = useState("")

  const reload = async () => {
    try {
      const [listed, worked] = await Promise.all([services.listCases(), services.whatWorked()])
      setAll(listed.cases)
      setCorrupt(listed.corruptIds.length)
      setSummary(worked)
    } catch (error) {
      setMessage(services.describeStoreError(error))
    }
  }
  useEffect(() => {
    void reload()
  }, [services])

  const siteNames = useMemo(() => siteNamesOf(all, locale), [all, locale])
  const causes = useMemo(() => [...new Set(all.flatMap((c) => c.report.diagnosis.map((d) => d.cause)))].sort(), [all])
  const shown = all.filter((c) => caseMatches(c, filter))
  const opened = all.find((c) => c.id === openId) ?? null

  const readFilter = (form: HTMLFormElement) => {
    // Our own form, read through FormData: the desk reads no element's .value.
    const data = new FormData(form)
    const pick = (name: string) => String(data.get(name) ?? "") || undefined
    setFilter({ text: pick("text"), status: pick("status") as CaseStatus | undefined, siteId: pick("site"), cause: pick("cause") })
  }

  const change = async (id: number, update: CaseChange) => {
    await services.updateCase(id, update)
    await reload()
  }

  const importFile = async (file: File | undefined) => {
    if (!file) return
    try {
      const result = await services.importData(await file.text())
      setMessage(
        t("import-done", {
          cases: result.added.cases,
          duplicates: result.duplicates.cases,
          merged: result.casesMerged,
          others: result.added.attempts + result.added.incidents + result.added.tried
        })
      )
      await reload()
    } catch (error) {
      setMessage(services.describeStoreError(error))
    }
  }

  return (
    <div class="case-log">
      <form
        class="filters"
        role="search"
        onInput={(event) => readFilter(event.currentTarget)}
        onChange={(event) => readFilter(event.currentTarget)}
        onSubmit={(event) => {
          event.preventDefault()
          readFilter(event.currentTarget)
        }}>
        <div class="field">
          <label for="log-text">{t("log-search")}</label>
          <input id="log-text" name="text" type="search" />
        </div>
        <div class="field">
          <label for="log-status">{t("log-filter-status")}</label>
          <select id="log-status" name="status">
            <option value="">{t("log-any")}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status-${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-site">{t("log-filter-site")}</label>
          <select id="log-site" name="site">
            <option value="">{t("log-any")}</option>
            {[...siteNames].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-cause">{t("log-filter-cause")}</label>
          <select id="log-cause" name="cause">
            <option value="">{t("log-any")}</option>
            {causes.map((id) => (
              <option key={id} value={id}>
                {causeTitleOrId(knowledge, id, locale)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <p role="status" class="status">
        {message}
      </p>
      {corrupt > 0 && <p class="warning">{t("log-corrupt", { count: corrupt })}</p>}

      {all.length === 0 ? (
        <p class="muted">{t("log-empty")}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t("log-no-match")}</p>
      ) : (
        <table class="cases">
          <caption>{t("log-count", { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("log-col-created")}</th>
              <th scope="col">{t("log-col-site")}</th>
              <th scope="col">{t("log-col-cause")}</th>
              <th scope="col">{t("log-col-status")}</th>
              <th scope="col">{t("log-col-tags")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("log-open-case")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id} class={c.id === openId ? "selected" : undefined}>
                <td>{new Date(c.createdAt).toLocaleString(locale)}</td>
                <td>{c.report.page.site?.name[locale] ?? c.report.page.origin}</td>
                <td>{c.topCause ? causeTitleOrId(knowledge, c.topCause, locale) : "—"}</td>
                <td>{t(`status-${c.status}`)}</td>
                <td>{c.tags.join(", ")}</td>
                <td>
                  <button type="button" aria-label={`${t("log-open-case")} ${t("case-title", { id: c.id })}`} onClick={() => setOpenId(c.id)}>
                    {t("log-open-case")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {opened && (
        <CaseDetail
          record={opened}
          locale={locale}
          knowledge={knowledge}
          onChange={(update) => change(opened.id, update)}
          onClose={() => setOpenId(null)}
          describeError={services.describeStoreError}
        />
      )}

      {summary && <WhatWorkedTable summary={summary} locale={locale} knowledge={knowledge} siteNames={siteNames} />}

      <section class="data" aria-labelledby="log-data-title">
        <h3 id="log-data-title">{t("data-title")}</h3>
        <div class="actions">
          <button
            type="button"
            onClick={() =>
              services.exportData().catch((error: unknown) => {
                setMessage(services.describeStoreError(error))
              })
            }>
            {t("export-json")}
          </button>
          {services.exportSolvedCases && (
            <button
              type="button"
              onClick={() =>
                services.exportSolvedCases?.().catch((error: unknown) => {
                  setMessage(services.describeStoreError(error))
                })
              }>
              {t("export-solved-cases")}
            </button>
          )}
          <label class="file-button">
            {t("import-json")}
            <input
              type="file"
              accept="application/json,.json"
              onChange={(event) => {
                const input = event.currentTarget
                void importFile(input.files?.[0]).finally(() => input.form?.reset())
              }}
            />
          </label>
        </div>
      </section>
    </div>
  )
}
