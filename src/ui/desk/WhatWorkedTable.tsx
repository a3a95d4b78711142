import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"
import type { WhatWorkedRow, WhatWorkedSummary } from "~src/store/what-worked"
import { percent } from "./format"
import { causeTitleOrId, fixTitleOrId, type DeskKnowledge } from "./knowledge"
import { messages } from "./messages"

interface Props {
  summary: WhatWorkedSummary
  locale: Locale
  knowledge: DeskKnowledge
  /** Site names by id, from the saved reports. */
  siteNames: ReadonlyMap<string, string>
}

/** The team's knowledge base (seed 4.3): which fix solved which kind of case, how often. */
export function WhatWorkedTable({ summary, locale, knowledge, siteNames }: Props) {
  const t = translator(messages, locale)
  const fixesText = (row: WhatWorkedRow) =>
    row.fixes.map((f) => t("worked-fix-count", { fix: fixTitleOrId(knowledge, f.fix, locale), count: f.count, percent: percent(f.share) })).join("; ") || "—"
  const table = (caption: string, keyHeader: string, rows: WhatWorkedRow[], name: (key: string) => string) => (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeader}</th>
          <th scope="col">{t("worked-col-solved")}</th>
          <th scope="col">{t("worked-col-fixes")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.key)}>
            <th scope="row">{row.key === null ? t("worked-unknown-key") : name(row.key)}</th>
            <td>{row.solvedCases}</td>
            <td>{fixesText(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <section class="what-worked" aria-labelledby="what-worked-title">
      <h3 id="what-worked-title">{t("worked-title")}</h3>
      {summary.solvedTotal === 0 ? (
        <p class="muted">{t("worked-none")}</p>
      ) : (
        <>
          <p class="muted">{t("worked-intro", { count: summary.solvedTotal })}</p>
          {table(t("worked-by-site"), t("worked-col-key-site"), summary.bySite, (id) => siteNames.get(id) ?? id)}
          {table(t("worked-by-cause"), t("worked-col-key-cause"), summary.byCause, (id) => causeTitleOrId(knowledge, id, locale))}
        </>
      )}
    </section>
  )
}
