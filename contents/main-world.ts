/**
 * Runs in the page's own JavaScript world (the build marks it `world: "MAIN"`, document_start)
 * because only there can we see what the isolated content script cannot:
 *  - the text of native alert()/confirm() boxes, which many government portals use for errors;
 *  - history.pushState/replaceState navigations of single-page apps;
 *  - uncaught page errors (their messages, for the environment facts).
 * It passes plain strings to the isolated world through one window event and changes
 * nothing else: every wrapped function behaves exactly as before.
 */
import type { PlasmoCSConfig } from "plasmo"

import { BRIDGE_EVENT, encodeBridgeMessage } from "~src/page/main-world-bridge"

export const config: PlasmoCSConfig = {
  // Replaced by scripts/build.ts with the matches generated from src/sites.
  matches: ["https://indianvisaonline.gov.in/*"],
  run_at: "document_start"
}

// Taken before any page script runs: a page may later replace Function.prototype.apply,
// CustomEvent or dispatchEvent, and our wrappers must neither break nor call its versions.
const callNative = Reflect.apply
const NativeCustomEvent = CustomEvent
const nativeDispatch = EventTarget.prototype.dispatchEvent

const send = (kind: "alert" | "confirm" | "navigate" | "page-error", text?: unknown) => {
  try {
    callNative(nativeDispatch, window, [new NativeCustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage(kind, text) })])
  } catch {
    // Never let our bookkeeping break the page.
  }
}

const wrapDialog = (name: "alert" | "confirm") => {
  const original = window[name]
  if (typeof original !== "function") return
  const wrapped = function (this: Window, message?: unknown) {
    send(name, message)
    return callNative(original, this, arguments)
  }
  try {
    Object.defineProperty(window, name, { value: wrapped, writable: true, configurable: true })
  } catch {
    /* a page that froze window.alert keeps it */
  }
}

const wrapHistory = (name: "pushState" | "replaceState") => {
  const original = history[name]
  if (typeof original !== "function") return
  history[name] = function (this: History, ...args: Parameters<History["pushState"]>) {
    const result = callNative(original, this, args)
    send("navigate")
    return result
  }
}

wrapDialog("alert")
wrapDialog("confirm")
wrapHistory("pushState")
wrapHistory("replaceState")
window.addEventListener("error", (event) => send("page-error", event.message), { capture: true })
window.addEventListener("unhandledrejection", (event) => {
  const reason = (event as PromiseRejectionEvent).reason
  send("page-error", reason instanceof Error ? reason.message : String(reason))
})
