/**
 * Origin and path of a request URL, never its query string or fragment (they carry
 * session tokens, e-mail addresses, amounts). An unparseable URL yields empty parts.
 */
export function toNetworkUrl(url: string): { origin: string; path: string } {
  try {
    const parsed = new URL(url)
    return { origin: parsed.origin, path: parsed.pathname.slice(0, 600) }
  } catch {
    return { origin: "", path: "" }
  }
}
