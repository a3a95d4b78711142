import { MAX_ERRORS, toCapturedError } from "./capture-errors"
import type { CapturedError, ErrorSource } from "./types"

/**
 * Remembers every error a page has shown during this visit, so a toast that appeared for
 * three seconds, or an alert() the applicant clicked away, is still in the report.
 * An error is the same error while its text and source are the same.
 */
export class ErrorTimeline {
  private readonly entries = new Map<string, CapturedError>()

  private static key(error: Pick<CapturedError, "text" | "source">): string {
    return `${error.source}\u0000${error.text}`
  }

  /**
   * Records what the page shows now: known errors get lastSeen = now, new ones are added,
   * errors no longer shown are kept with their last sighting. Returns the whole timeline.
   */
  observe(errors: readonly CapturedError[], now: Date): CapturedError[] {
    const time = now.toISOString()
    for (const error of errors) {
      const key = ErrorTimeline.key(error)
      const known = this.entries.get(key)
      this.entries.set(key, known ? { ...known, lastSeen: time } : { ...error, firstSeen: time, lastSeen: time })
    }
    this.trim()
    return this.list()
  }

  /** A native alert()/confirm() box, reported by the main-world bridge. */
  addNative(kind: "alert" | "confirm" | "native-alert" | "native-confirm", text: string, now: Date): CapturedError | null {
    const source: ErrorSource = kind === "alert" || kind === "native-alert" ? "native-alert" : "native-confirm"
    const error = toCapturedError(text, source, now)
    if (!error) return null
    this.observe([error], now)
    return this.entries.get(ErrorTimeline.key(error)) ?? null
  }

  /** In order of first appearance. */
  list(): CapturedError[] {
    return [...this.entries.values()]
  }

  clear(): void {
    this.entries.clear()
  }

  /** Keeps the newest MAX_ERRORS: the oldest-seen entries go first. */
  private trim(): void {
    if (this.entries.size <= MAX_ERRORS) return
    const oldest = [...this.entries.entries()].sort((a, b) => a[1].lastSeen.localeCompare(b[1].lastSeen))
    for (const [key] of oldest.slice(0, this.entries.size - MAX_ERRORS)) this.entries.delete(key)
  }
}
