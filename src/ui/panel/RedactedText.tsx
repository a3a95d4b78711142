import { splitRedactionMarks, type TextSegment } from "~src/report/redaction-marks"

import { usePanel } from "./panel-context"

/**
 * Text that has passed redaction, with each removed piece shown as a labelled mark.
 * Always rendered as text nodes: page text must never become markup.
 */
export function RedactedText({ text, segments }: { text?: string; segments?: TextSegment[] }) {
  const { t } = usePanel()
  const parts = segments ?? splitRedactionMarks(text ?? "")
  return (
    <>
      {parts.map((part, index) =>
        part.redacted ? (
          <mark key={index} class="evph-redacted" title={t("report.redacted", { kind: kindLabel(t, part.redacted) })}>
            {part.text}
            <span class="evph-visually-hidden"> ({t("report.redacted", { kind: kindLabel(t, part.redacted) })})</span>
          </mark>
        ) : (
          part.text
        )
      )}
    </>
  )
}

function kindLabel(t: ReturnType<typeof usePanel>["t"], kind: string): string {
  switch (kind) {
    case "card":
    case "cvv":
    case "email":
    case "phone":
    case "passport":
    case "reference":
    case "expiry":
      return t(`redaction.${kind}`)
    default:
      return t("redaction.other")
  }
}
