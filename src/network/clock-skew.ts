/**
 * Seconds the local clock is ahead (+) or behind (−) a server's HTTP Date header.
 * A wrong clock breaks TLS and makes time-limited payment sessions expire early.
 * Date headers have one-second resolution and arrive after some latency, so differences
 * under two seconds are reported as 0. Null for a missing or unparseable header.
 */
const NOISE_SECONDS = 2

export function clockSkewFromDateHeader(dateHeader: string, receivedAtMs: number): number | null {
  if (!dateHeader || !Number.isFinite(receivedAtMs)) return null
  const serverMs = Date.parse(dateHeader)
  if (Number.isNaN(serverMs)) return null
  const skew = Math.round((receivedAtMs - serverMs) / 1000)
  return Math.abs(skew) < NOISE_SECONDS ? 0 : skew
}
