/** Order statistics for benchmark samples (nearest-rank, so every figure is a real sample). */

export function percentile(samples: readonly number[], p: number): number {
  const finite = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b)
  if (finite.length === 0) return Number.NaN
  const rank = Math.min(finite.length - 1, Math.max(0, Math.ceil((p / 100) * finite.length) - 1))
  return finite[rank]
}

/** A sample for results.json: one decimal, or null for a sample never taken ("never shown"). */
export const round1 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null)

export function median(samples: readonly number[]): number {
  const finite = samples.filter((s) => Number.isFinite(s)).sort((a, b) => a - b)
  if (finite.length === 0) return Number.NaN
  const mid = finite.length >> 1
  return finite.length % 2 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2
}

/** "median 76 ms, p95 87 ms (62–87)": a tool's samples in one line. */
export function describeMs(samples: readonly number[]): string {
  const finite = samples.filter((s) => Number.isFinite(s))
  return `median ${median(finite).toFixed(0)} ms, p95 ${percentile(finite, 95).toFixed(0)} ms (${Math.min(...finite).toFixed(0)}–${Math.max(...finite).toFixed(0)})`
}

export interface Summary {
  n: number
  median: number
  p95: number
  min: number
  max: number
}

export function summarize(samples: readonly number[]): Summary {
  const finite = samples.filter((s) => Number.isFinite(s))
  return {
    n: finite.length,
    median: median(finite),
    p95: percentile(finite, 95),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN
  }
}

/** Runs `fn` until `iterations` timed runs are collected (after `warmup` untimed ones); ms each. */
export function timeRuns(fn: () => unknown, iterations: number, warmup = Math.ceil(iterations / 10)): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    fn()
    times.push(performance.now() - started)
  }
  return times
}
