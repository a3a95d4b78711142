import { usePanel } from "./panel-context"
import { RedactedText } from "./RedactedText"

const SHOWN_ERRORS = 2

/**
 * Section 2: the error the page showed, quoted as the applicant saw it, then what it means
 * in plain words and a calm "this is common" (seed 3.3). A live region, so screen reader
 * users hear a new error without hunting for it.
 */
export function PageErrors() {
  const { model, knowledge, t, locale } = usePanel()
  const errors = model.state.errors
  // The live region stays in the DOM while empty: screen readers only announce changes
  // to a region they already know.
  if (errors.length === 0) return <div role="status" class="evph-errors-live" />
  // Newest first: the latest message is the one the applicant is looking at.
  const shown = [...errors].sort((a, b) => b.lastSeen.localeCompare(a.lastSeen)).slice(0, SHOWN_ERRORS)
  const top = model.diagnosis[0]
  const explanation = top ? knowledge.cause(top.cause)?.explanation[locale] : undefined

  return (
    <div role="status" class="evph-errors-live">
      <section class="evph-section evph-errors" aria-labelledby="evph-errors-heading">
        <h3 id="evph-errors-heading">{t("error.heading")}</h3>
        {shown.map((error, index) => (
          <blockquote key={`${index}:${error.text}`} class="evph-quote">
            <RedactedText text={error.text} />
          </blockquote>
        ))}
        {errors.length > SHOWN_ERRORS && <p class="evph-small">{t("error.moreErrors", { count: errors.length - SHOWN_ERRORS })}</p>}
        <p class="evph-reassure">{t("error.reassure")}</p>
        {explanation ? (
          <p>
            <strong>{t("error.plainReading")}</strong> {explanation}
          </p>
        ) : (
          <p>{t("error.noCause")}</p>
        )}
      </section>
    </div>
  )
}
