import { CauseCard } from "./CauseCard"
import { usePanel } from "./panel-context"

const SHOWN_CAUSES = 3

/**
 * Section 3: at most three likely causes, the first in full, the others folded away so the
 * applicant sees one clear path first. Then the way out when nothing helped.
 */
export function CauseList() {
  const { model, knowledge, t, openReport } = usePanel()
  const known = model.diagnosis.filter((item) => knowledge.cause(item.cause)).slice(0, SHOWN_CAUSES)
  if (known.length === 0) return null
  const [first, ...others] = known

  return (
    <section class="evph-section" aria-labelledby="evph-causes-heading">
      <h3 id="evph-causes-heading">{t("causes.heading")}</h3>
      <CauseCard item={first!} rank={1} />
      {others.length > 0 && (
        <details class="evph-details">
          <summary>{t("causes.other")}</summary>
          {others.map((item, index) => (
            <CauseCard key={item.cause} item={item} rank={index + 2} />
          ))}
        </details>
      )}
      <button type="button" class="evph-button evph-button--secondary evph-still-stuck" onClick={openReport}>
        {t("stillStuck")}
      </button>
    </section>
  )
}
