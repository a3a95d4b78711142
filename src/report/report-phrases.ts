import { browserLabel } from "~src/environment/browser-names"
import { PAYMENT_METHODS, isPaymentMethodId } from "~src/flow/payment-methods"
import { stepIndex } from "~src/flow/steps"
import { translator } from "~src/i18n/catalogue"
import type { Locale } from "~src/i18n/locale"

import { formatInTimeZone } from "./iso-time"
import { messages } from "./messages"
import type { ReportV1 } from "./schema"

/**
 * How cause and fix ids become words. Callers pass the knowledge base's titles
 * (knowledge-base-names.ts, the default of the chat text and preview) or their own; a
 * cause without a title is named by its category, a fix by its id.
 */
export interface NameLookups {
  causeTitle?: (id: string, locale: Locale) => string | undefined
  fixTitle?: (id: string, locale: Locale) => string | undefined
}

/** Report fields as short phrases in one language, shared by the chat text and the preview. */
export function reportPhrases(report: ReportV1, locale: Locale, names: NameLookups = {}) {
  const t = translator(messages, locale)
  const env = report.environment

  const siteName = () => report.page.site?.name[locale] || hostOf(report.page.origin) || t("unknown.value")

  const step = () => {
    const id = report.page.step.id
    const label = t(`step.${id}`)
    return id === "unknown" ? label : t("step.number", { number: stepIndex(id) + 1, step: label })
  }

  const device = () => {
    const browser = env.browser ? browserLabel(env.browser) : t("unknown.value")
    const os = env.os ? `${env.os.name} ${env.os.version}`.trim() : t("unknown.value")
    return { browser, os, device: t(`device.${env.device ?? "unknown"}`) }
  }

  /**
   * When it happened, on the applicant's clock: the last time an error was on screen, else
   * when the report was made. Also the same moment at the portal, if its zone is known.
   */
  const time = () => {
    const iso = report.errors.reduce((latest, error) => (Date.parse(error.lastSeen) > Date.parse(latest) ? error.lastSeen : latest), report.errors[0]?.lastSeen ?? report.createdAt)
    const offset = /([+-]\d{2}):(\d{2})$/.exec(iso)
    const hours = offset ? Number(offset[1]) : 0
    const minutes = offset ? Number(offset[2]) : 0
    const sign = offset?.[1].startsWith("-") ? "-" : "+"
    const portal = report.portalTime ? (formatInTimeZone(new Date(iso), report.portalTime.timeZone) ?? report.portalTime.localTime) : null
    return {
      time: iso.slice(0, 16).replace("T", " "),
      offset: `UTC${sign}${Math.abs(hours)}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`,
      portal
    }
  }

  const paymentMethod = () => {
    const id = report.answers.paymentMethod
    if (!id) return null
    const method = isPaymentMethodId(id) ? PAYMENT_METHODS[id][locale] : id
    const cardType = report.answers.cardType && report.answers.cardType !== "unknown" ? t(`card-type.${report.answers.cardType}`) : null
    return cardType ? `${method} · ${cardType}` : method
  }

  const cause = (item: ReportV1["diagnosis"][number]) => names.causeTitle?.(item.cause, locale) || t(`category.${item.category}`)
  const fix = (id: string) => names.fixTitle?.(id, locale) || id
  const tried = (entry: ReportV1["tried"][number]) => t("tried.entry", { fix: fix(entry.fix), outcome: t(`outcome.${entry.outcome}`) })

  return { t, siteName, step, device, time, paymentMethod, cause, fix, tried }
}

export function hostOf(origin: string): string {
  try {
    return new URL(origin).host
  } catch {
    return origin
  }
}

/** Joins a list the way each language writes one. */
export function joinList(items: string[], locale: Locale): string {
  return items.join(locale === "zh-CN" ? "；" : "; ")
}
