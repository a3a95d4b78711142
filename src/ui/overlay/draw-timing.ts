/**
 * When the collapsed tab may be drawn: after the page's load event and its next paint, in
 * idle time (issue 15). Drawing any visible element costs the page a frame of style, layout
 * and paint; during the portal's own loading that frame would delay it, afterwards it lands
 * where the page has nothing to do. `IDLE_TIMEOUT_MS` bounds the wait on a page that is never
 * idle, so the tab still appears within about a second of the load.
 */
export const IDLE_TIMEOUT_MS = 1000
/** Without requestIdleCallback (older Safari-like engines, test DOMs): a short timer instead. */
const FALLBACK_DELAY_MS = 50

type IdleWindow = Pick<Window, "document" | "addEventListener" | "removeEventListener" | "setTimeout" | "requestAnimationFrame"> & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number
}

/** Resolves once the page has fired `load` (at once if it already has). */
export function afterLoadEvent(win: Pick<Window, "document" | "addEventListener" | "removeEventListener">): Promise<void> {
  if (win.document.readyState === "complete") return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      win.removeEventListener("load", done)
      resolve()
    }
    win.addEventListener("load", done)
  })
}

/** Resolves after the page's next frame has been painted (or a short timer, in a tab that paints nothing). */
export function afterNextPaint(win: Pick<Window, "setTimeout" | "requestAnimationFrame">): Promise<void> {
  return new Promise((resolve) => {
    let settled = false
    const finish = () => {
      if (settled) return
      settled = true
      resolve()
    }
    win.setTimeout(finish, 100)
    win.requestAnimationFrame(() => win.setTimeout(finish, 0))
  })
}

/** Resolves in the first idle period after the load event and the paint that follows it. */
export async function whenPageIdleAfterLoad(win: IdleWindow): Promise<void> {
  await afterLoadEvent(win)
  await afterNextPaint(win)
  await new Promise<void>((resolve) => {
    if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })
    else win.setTimeout(resolve, FALLBACK_DELAY_MS)
  })
}
