/**
 * Host patterns of site profiles: "example.gov.in" (that host only) or "*.example.gov.in"
 * (the host itself and every subdomain). Kept tiny and dependency-free: the content script
 * runs it on every page load.
 */

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
const HOST_PATTERN = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)+${LABEL}$`)

/** True for "a.b" or "*.a.b" in lower case, with at least two labels and no port or path. */
export function isValidHostPattern(pattern: string): boolean {
  return HOST_PATTERN.test(pattern)
}

export function isWildcardPattern(pattern: string): boolean {
  return pattern.startsWith("*.")
}

/** The host part of a pattern, without the "*." prefix. */
export function patternBase(pattern: string): string {
  return isWildcardPattern(pattern) ? pattern.slice(2) : pattern
}

/** Lower-cases and drops a trailing dot, so "Example.COM." compares equal to "example.com". */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase()
  return lower.endsWith(".") ? lower.slice(0, -1) : lower
}

export function hostMatchesPattern(host: string, pattern: string): boolean {
  const normalized = normalizeHost(host)
  const base = patternBase(pattern)
  if (normalized === base) return true
  return isWildcardPattern(pattern) && normalized.endsWith(`.${base}`)
}

/**
 * How specific a matching pattern is: more labels win, and an exact host beats a wildcard
 * with the same labels ("pay.example.com" > "*.pay.example.com" > "*.example.com").
 */
export function patternSpecificity(pattern: string): number {
  const labels = patternBase(pattern).split(".").length
  return labels * 2 + (isWildcardPattern(pattern) ? 0 : 1)
}
