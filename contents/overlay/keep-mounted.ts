/**
 * Some pages remove elements they did not create (a framework re-rendering <body>, a
 * "clean-up" script). Our panel's host is put back a few times, each time after a longer
 * wait, so a page that keeps removing it wins quickly and stops paying for us, and a page
 * that did it once gets the panel back. The shadow root and its Preact tree survive the trip.
 */
const REMOUNT_DELAYS_MS = [250, 1000, 2000, 4000, 8000]

export function keepMounted(host: Element, signal: AbortSignal): void {
  const parent = host.parentNode
  if (!parent) return
  let attempts = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const observer = new MutationObserver(() => {
    if (host.isConnected || timer !== undefined) return
    if (attempts >= REMOUNT_DELAYS_MS.length) return observer.disconnect()
    timer = setTimeout(() => {
      timer = undefined
      if (signal.aborted || host.isConnected) return
      attempts += 1
      ;(parent.isConnected ? parent : document.documentElement).appendChild(host)
    }, REMOUNT_DELAYS_MS[attempts])
  })
  observer.observe(parent, { childList: true })
  signal.addEventListener("abort", () => {
    observer.disconnect()
    if (timer !== undefined) clearTimeout(timer)
  })
}
