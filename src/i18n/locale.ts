export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]

/** A user-facing text in every supported language. */
export type Localized = Record<Locale, string>

export function isLocale(value: unknown): value is Locale {
  return value === "zh-CN" || value === "en"
}

/** Picks zh-CN for any Chinese browser language, English otherwise. */
export function pickLocale(languages: readonly string[] | undefined): Locale {
  for (const lang of languages ?? []) {
    const lower = lang.toLowerCase()
    if (lower.startsWith("zh")) return "zh-CN"
    if (lower.startsWith("en")) return "en"
  }
  return "en"
}
