import type { Locale } from "~src/i18n/locale"
import { translator } from "~src/i18n/catalogue"
import { describeEvidence } from "./describe-evidence"
import { messages } from "./messages"
import { getCause, getFix } from "./registry"
import type { DiagnosisItem } from "./types"

/**
 * A diagnosis as plain text in one language, for the workbench and for volunteers who
 * paste it into chat: the likely cause with its explanation, why we think so, what to do,
 * then the other possibilities, and the technical note for volunteers.
 */
export function renderDiagnosisText(items: readonly DiagnosisItem[], locale: Locale): string {
  const t = translator(messages, locale)
  if (items.length === 0) return t("output.nothing-found")
  const out: string[] = []
  items.forEach((item, index) => {
    const cause = getCause(item.cause)
    const title = cause?.title[locale] ?? item.cause
    const percent = Math.round(item.confidence * 100)
    const category = t(`category.${item.category}` as Parameters<typeof t>[0])
    if (index === 0) {
      out.push(`${t("output.most-likely")}: ${title} (${category}, ${t("output.confidence", { percent })})`)
      if (cause) out.push(cause.explanation[locale])
      out.push("", `${t("output.why")}:`)
      for (const note of item.evidence) out.push(`  - ${describeEvidence(note, locale)}`)
      out.push("", `${t("output.what-to-do")}:`)
      item.fixes.forEach((fixId, fixIndex) => {
        const fix = getFix(fixId)
        if (!fix) return
        out.push(`  ${fixIndex + 1}. ${fix.title[locale]}`)
        for (const step of fix.steps) out.push(`     - ${step[locale]}`)
      })
      if (cause) out.push("", `${t("output.for-volunteers")}: ${cause.technical[locale]}`)
      if (items.length > 1) out.push("", `${t("output.also-possible")}:`)
    } else {
      out.push(`  - ${title} (${category}, ${t("output.confidence", { percent })})`)
    }
  })
  return out.join("\n")
}
