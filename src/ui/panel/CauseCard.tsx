import type { DiagnosisItem } from "~src/diagnosis/types"

import { BackupMethods } from "./BackupMethods"
import { FixCard } from "./FixCard"
import { usePanel } from "./panel-context"

/** One likely cause: what it is, why we think so, and its fixes as checklists. */
export function CauseCard({ item, rank }: { item: DiagnosisItem; rank: number }) {
  const { model, knowledge, t, locale } = usePanel()
  const cause = knowledge.cause(item.cause)
  if (!cause) return null
  const volunteer = model.settings.volunteerMode
  const reasons = item.evidence.map((note) => knowledge.describeEvidence(note, locale)).filter((text) => text.trim() !== "")
  const fixes = item.fixes.map((id) => knowledge.fix(id)).filter((fix) => fix !== undefined)
  // Open the first fix the applicant has not already said failed.
  const failed = new Set(model.tried.filter((entry) => entry.outcome === "did-not-help").map((entry) => entry.fix))
  const openIndex = Math.max(0, fixes.findIndex((fix) => !failed.has(fix.id)))
  const headingId = `evph-cause-${rank}`

  return (
    <article class="evph-card" aria-labelledby={headingId}>
      <h4 id={headingId} class="evph-card-title">
        {cause.title[locale]}
        {volunteer && <span class="evph-confidence">{t("cause.confidence", { percent: Math.round(item.confidence * 100) })}</span>}
      </h4>
      {rank > 1 && <p>{cause.explanation[locale]}</p>}
      {reasons.length > 0 && (
        <details class="evph-details evph-why">
          <summary>{t("cause.why")}</summary>
          <ul>
            {reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      {volunteer && (
        <div class="evph-technical">
          <p>
            <strong>{t("vol.technical")}:</strong> {cause.technical[locale]}
          </p>
          <p class="evph-small">
            {item.cause} · {item.category} · {t("vol.fixIds", { ids: item.fixes.join(", ") })}
          </p>
        </div>
      )}
      {fixes.length > 0 && (
        <div class="evph-fixes">
          <p class="evph-subheading">{t("cause.whatToDo")}</p>
          {fixes.map((fix, index) => (
            <FixCard key={fix.id} fix={fix} open={index === openIndex} idPrefix={`${headingId}-fix-${index}`} />
          ))}
        </div>
      )}
      {rank === 1 && <BackupMethods item={item} />}
    </article>
  )
}
