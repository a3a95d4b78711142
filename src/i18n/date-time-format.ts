/**
 * Intl.DateTimeFormat objects, each built once per locale and options for the document's (or
 * the worker's) life. Building one loads locale and zone data and is the slow part: about 90 µs
 * in Node here, and in the panel's frame it was a fifth of the render when an error arrives
 * (bench/README.md, "The panel's render when an error arrives"); formatting with a kept one is
 * cheap. Options that the runtime refuses (an unknown zone) throw here, as the constructor does,
 * and nothing is kept. Callers use a few fixed shapes in a few zones, so the map stays small.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, formatter)
  }
  return formatter
}
