/**
 * The extension APIs content scripts use, without webextension-polyfill. Content scripts run
 * on every load of every matching page, and evaluating the polyfill there costs about 4 ms
 * of the page's main thread each time (measured with `.probe`-style traces, see
 * bench/README.md). Both browsers give promise-based APIs to content scripts natively:
 * Firefox as `browser`, Chrome (MV3) as `chrome`. The panel's page (sidepanel.tsx) uses this
 * too: it loads as a frame each time an error opens the panel, and its few calls (connect,
 * tabs.query, tabs.sendMessage) are promise-based in both browsers. The popup, the options
 * page and the background keep the polyfill.
 */
type Api = typeof chrome

export const extension: Api = (globalThis as { browser?: Api }).browser ?? chrome

export type Port = chrome.runtime.Port

/**
 * runtime.onMessage with an async handler: answers through sendResponse, which both browsers
 * support (returning a promise from the listener is not supported everywhere).
 */
export function onMessage(handler: (message: unknown, sender: chrome.runtime.MessageSender) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (response?: unknown) => void): boolean => {
    const answer = handler(message, sender)
    if (!answer) return false
    answer.then(sendResponse, () => sendResponse(undefined))
    return true
  }
  extension.runtime.onMessage.addListener(listener)
  return () => extension.runtime.onMessage.removeListener(listener)
}
