import type { Locale } from "./locale"

/**
 * A message catalogue: one object per locale with the same keys. Each area of the product
 * (panel, desk, report, diagnosis evidence…) keeps its catalogue in a file named `messages.ts`
 * beside its code; src/i18n/parity.test.ts finds them all by that name and checks them.
 */
export type Catalogue<K extends string = string> = Record<Locale, Record<K, string>>

export type Params = Record<string, string | number>

/** Defines a catalogue; zh-CN is the reference, en must have exactly the same keys. */
export function defineCatalogue<K extends string>(catalogue: { "zh-CN": Record<K, string>; en: Record<K, string> }): Catalogue<K> {
  return catalogue
}

/** Fills `{name}` placeholders. Unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole
  )
}

/** A translator bound to one catalogue and locale. */
export function translator<K extends string>(catalogue: Catalogue<K>, locale: Locale) {
  return (key: K, params?: Params): string => format(catalogue[locale][key] ?? catalogue.en[key] ?? key, params)
}
