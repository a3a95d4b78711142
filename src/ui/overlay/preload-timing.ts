/**
 * When the panel's frame may load ahead, hidden (issue 15). A payment error almost always
 * follows something the applicant did (typed a card number, pressed "Pay"), so the frame is
 * worth having ready once they start filling in a payment page. Creating it costs the page
 * about 10 ms of main thread; landed between two key presses it holds the next key's frame
 * back by about that much (the bench's typing rows: worst key → next frame 25 ms with an
 * immediate preload, 12 ms without one, 8 ms with no extension). So it waits for a pause in
 * the applicant's input, then for an idle period: the field keeps up with their typing.
 */

/** No input for this long is a pause: between fields, or before pressing "Pay". Typing runs at 100–300 ms a key. */
export const INPUT_PAUSE_MS = 600
/** Bounds the wait for an idle period once the applicant has paused. */
export const PRELOAD_IDLE_TIMEOUT_MS = 2000
/** Without requestIdleCallback (test DOMs, older engines): a short timer instead. */
const FALLBACK_DELAY_MS = 200

export const INPUT_EVENTS = ["pointerdown", "keydown", "input", "focusin"] as const

type InputWindow = Pick<Window, "addEventListener" | "removeEventListener" | "setTimeout" | "clearTimeout"> & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number
}

/**
 * Calls `run` once, in idle time after the applicant's input has paused for INPUT_PAUSE_MS.
 * Input on a page that does not `want` the frame yet (not a payment step; single-page apps
 * move on) is ignored and listening goes on. Every event of the applicant's restarts the
 * pause; `signal` stops it all.
 */
export function preloadAfterInputPauses(win: InputWindow, want: () => boolean, run: () => void, signal: AbortSignal): void {
  let pauseTimer: number | null = null
  let done = false
  const stopListening = () => {
    for (const type of INPUT_EVENTS) win.removeEventListener(type, onInput, true)
  }
  const whenIdle = () => {
    pauseTimer = null
    if (signal.aborted || done) return
    done = true
    stopListening()
    if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(run, { timeout: PRELOAD_IDLE_TIMEOUT_MS })
    else win.setTimeout(run, FALLBACK_DELAY_MS)
  }
  const onInput = () => {
    if (done || signal.aborted || !want()) return
    if (pauseTimer !== null) win.clearTimeout(pauseTimer)
    pauseTimer = win.setTimeout(whenIdle, INPUT_PAUSE_MS)
  }
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, { capture: true, passive: true, signal })
  signal.addEventListener("abort", () => {
    if (pauseTimer !== null) win.clearTimeout(pauseTimer)
  })
}
